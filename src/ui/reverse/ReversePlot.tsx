import { keepDrawn } from "../plot/canvas-density";
import { scaleLinear } from "d3-scale";
import { useEffect, useMemo, useRef } from "react";
import { cleanData } from "../../state/slices/forward-frame";
import { shownField } from "../../state/slices/reverse-field";
import type { AppState } from "../../state/store";
import { DOMAIN } from "../forward/plot-geometry";
import { PlotAxes, plotBox } from "../plot/PlotAxes";
import { useAppStore } from "../store-context";
import { createReverseRenderer } from "./reverse-renderer";

/**
 * The data set drawn under the points: the forward run's x_0, the same seeded draw the worker samples
 * against, so the main thread does not make it again.
 */
const dataOf = (s: AppState): Float32Array | null => (s.forward?.dim === 2 ? cleanData(s.forward) : null);

/** What a canvas frame depends on; a change of any part redraws without rendering React. */
const frameInputs = (s: AppState) =>
  [s.reverse.result, s.reverseView.frame, s.reverseOverlays, shownField(s), dataOf(s)] as const;

/**
 * The reverse process of a point cloud: x_t at the frame on show on a canvas, over the data and the
 * score field, with axes in SVG. Same extent as the forward plot, so the two panels compare directly.
 */
export function ReversePlot({ side }: { side: number }) {
  const store = useAppStore();
  const scale = useMemo(() => scaleLinear().domain([-DOMAIN, DOMAIN]).range([0, side]), [side]);
  const box = useMemo(() => plotBox(side), [side]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const outsideRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const renderer = createReverseRenderer(canvas);
    const draw = (): void => {
      const s = store.getState();
      const scene = {
        result: s.reverse.result,
        frame: s.reverseView.frame,
        data: dataOf(s),
        overlays: s.reverseOverlays,
        field: shownField(s),
      };
      const outside = renderer.draw(scene, scale, box);
      if (outsideRef.current) {
        outsideRef.current.textContent = outside > 0 ? `${outside} off the plot` : "";
      }
    };
    return keepDrawn(store, canvas, frameInputs, draw);
  }, [store, scale, box]);

  return (
    <div className="reverse-plot" style={{ width: box.width, height: box.height }}>
      <canvas
        ref={canvasRef}
        data-testid="reverse-canvas"
        data-export-name="Reverse points x_t"
        style={{ width: box.width, height: box.height }}
        role="img"
        aria-label="Reverse process: the points x_t at the frame on show, over the data"
      />
      <svg width={box.width} height={box.height} aria-hidden="true">
        <PlotAxes scale={scale} side={side} />
      </svg>
      <p ref={outsideRef} className="reverse-outside" aria-live="off" />
    </div>
  );
}
