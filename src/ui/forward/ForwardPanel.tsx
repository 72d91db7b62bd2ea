import { useContext, useEffect, useRef } from "react";
import { useForwardExports } from "../export/forward-exports";
import { OpensPausedContext } from "../opening-link";
import { Panel } from "../Panel";
import { useApp, useAppStore } from "../store-context";
import { DataPicker } from "./DataPicker";
import "./forward.css";
import { ImageGrid } from "./ImageGrid";
import { NoiseToggle } from "./NoiseToggle";
import { PointPlot } from "./PointPlot";
import { Readouts } from "./Readouts";
import { Transport } from "./Transport";
import { useElementSize } from "../controls/useElementSize";
import { usePlayback } from "./usePlayback";

/** Room under the heat maps for the pixel readout and the colour legend, CSS px. */
const IMAGE_EXTRAS_PX = 64;

/**
 * The forward process q(x_t | x_0): pick data, watch it dissolve into N(0, I) as t runs, step or scrub,
 * and compare fixed with fresh noise. The page opens playing unless its link names a t or a lesson (see
 * linkOpensPaused; main.tsx reads the link as opened) or the reader asked for reduced motion. t runs 1..T
 * as in the settings; the clean data x_0 appear as the start of each trail (and faintly under a drawing)
 * rather than as a t = 0 step.
 */
export function ForwardPanel() {
  const store = useAppStore();
  const images = useApp((s) => s.settings.dataset.kind === "image" && !s.blankDrawing);
  const loading = useApp((s) => s.forwardLoading);
  const plotRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(plotRef);
  const exports = useForwardExports();
  const opensPaused = useContext(OpensPausedContext);
  usePlayback();

  useEffect(() => {
    const reducedMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    if (opensPaused || reducedMotion) return;
    const { update, setPlaying } = store.getState();
    update((s) => ({ ...s, t: 1 }), "t");
    setPlaying(true);
  }, [store, opensPaused]);

  return (
    <Panel name="Forward" exports={exports}>
      <div className="forward">
        <DataPicker />
        <div className="forward-plot" ref={plotRef}>
          {width > 0 &&
            (images ? (
              <ImageGrid side={Math.min(width, height - IMAGE_EXTRAS_PX)} />
            ) : (
              <PointPlot width={width} height={height} />
            ))}
          {loading && (
            <span className="forward-loading" role="status">
              Computing…
            </span>
          )}
        </div>
        <Transport />
        <Readouts />
        <NoiseToggle />
      </div>
    </Panel>
  );
}
