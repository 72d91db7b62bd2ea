import { useRef, useState, type KeyboardEvent } from "react";
import { useReverseExports } from "../export/reverse-exports";
import { Panel } from "../Panel";
import { PLOT_MARGIN } from "../plot/PlotAxes";
import { useApp } from "../store-context";
import { useElementSize } from "../controls/useElementSize";
import { ModelTab } from "./ModelTab";
import { FieldNote } from "./FieldNote";
import { PlotStatus } from "./PlotStatus";
import { PredictorRow } from "./PredictorRow";
import { QualityLine } from "./QualityLine";
import { ReversePlot } from "./ReversePlot";
import { OverlayToggles, ReverseTransport } from "./ReverseTransport";
import "./reverse.css";
import { IMAGE_EXTRAS_PX, SampleImages } from "./SampleImages";
import { SamplerTab } from "./SamplerTab";
import { useReversePlayback } from "./useReversePlayback";

/** Room the point plot's axes take around its square, CSS px. */
const AXES_WIDTH = PLOT_MARGIN.left + PLOT_MARGIN.right;
const AXES_HEIGHT = PLOT_MARGIN.top + PLOT_MARGIN.bottom;
const TABS = [
  { id: "model", label: "Model" },
  { id: "sampler", label: "Sampler" },
] as const;
type TabId = (typeof TABS)[number]["id"];

/**
 * The reverse process p_θ(x_{t−1} | x_t): a noise predictor walks pure noise (or diffused data) back to
 * t = 0. The plot plays the run from T to 0, with the data, trails, x̂₀ and the score field on request;
 * below it, how good the samples are, then the model's training and the sampler's settings.
 */
export function ReversePanel() {
  const imageSize = useApp((s) => (s.settings.dataset.kind === "image" ? s.settings.dataset.size : null));
  const plotRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(plotRef);
  const [tab, setTab] = useState<TabId>("model");
  const exports = useReverseExports();
  useReversePlayback();
  /** Arrow keys move between the tabs (the page's own arrow shortcuts do not fire from here). */
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    event.stopPropagation();
    const next = TABS[(TABS.findIndex(({ id }) => id === tab) + 1) % TABS.length]?.id ?? "model";
    setTab(next);
    document.getElementById(`reverse-tab-${next}`)?.focus();
  };
  const side =
    imageSize === null
      ? Math.min(width - AXES_WIDTH, height - AXES_HEIGHT)
      : Math.min(width, height - IMAGE_EXTRAS_PX);
  return (
    <Panel name="Reverse" exports={exports}>
      <div className="reverse">
        <PredictorRow />
        <div className="reverse-stage" ref={plotRef}>
          {side > 40 &&
            (imageSize === null ? (
              <ReversePlot side={side} />
            ) : (
              <SampleImages side={side} imageSize={imageSize} />
            ))}
          <PlotStatus />
        </div>
        <ReverseTransport />
        <OverlayToggles images={imageSize !== null} />
        <FieldNote />
        <QualityLine />
        <div
          className="reverse-tabs"
          role="tablist"
          aria-label="Reverse settings"
          onKeyDown={onTabKey}
          data-control="reverse.settings"
        >
          {TABS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`reverse-tab-${id}`}
              aria-selected={tab === id}
              aria-controls="reverse-tab-panel"
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <div
          className="reverse-tab-panel"
          data-control="reverse.settings"
          role="tabpanel"
          id="reverse-tab-panel"
          aria-labelledby={`reverse-tab-${tab}`}
        >
          {tab === "model" ? <ModelTab /> : <SamplerTab />}
        </div>
      </div>
    </Panel>
  );
}
