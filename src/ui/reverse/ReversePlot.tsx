import { scaleLinear } from "d3-scale";
import { useEffect, useMemo, useRef } from "react";
import { makeDataset } from "../../core/data/datasets";
import { sameParts } from "../../state/slices/same-parts";
import type { AppState } from "../../state/store";
import { DOMAIN } from "../forward/plot-geometry";
import { useApp, useAppStore } from "../store-context";
import { createReverseRenderer, type PlotBox } from "./reverse-renderer";

/** Room for the axes around the square plot, CSS px. */
const MARGIN = { left: 30, right: 8, top: 8, bottom: 24 };

/** What a canvas frame depends on; a change of any part redraws without rendering React. */
const frameInputs = (s: AppState) =>
  [s.reverse.result, s.reverseView.frame, s.reverseOverlays, s.reverseField] as const;

const tickText = (tick: number) => (tick < 0 ? `−${-tick}` : String(tick));

/**
 * The reverse process of a point cloud: x_t at the frame on show on a canvas, over the data and the
 * score field, with axes in SVG. Same extent as the forward plot, so the two panels compare directly.
 */
export function ReversePlot({ side }: { side: number }) {
  const store = useAppStore();
  const dataset = useApp((s) => s.settings.dataset);
  const seed = useApp((s) => s.settings.seed);
  // The same seeded draw the worker trains on: a few thousand points, cheap on the main thread.
  const data = useMemo(() => makeDataset(dataset, seed).data, [dataset, seed]);
  const scale = useMemo(() => scaleLinear().domain([-DOMAIN, DOMAIN]).range([0, side]), [side]);
  const box: PlotBox = useMemo(
    () => ({
      width: side + MARGIN.left + MARGIN.right,
      height: side + MARGIN.top + MARGIN.bottom,
      left: MARGIN.left,
      top: MARGIN.top,
    }),
    [side],
  );
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
        data,
        overlays: s.reverseOverlays,
        field: s.reverseField,
      };
      const outside = renderer.draw(scene, scale, box);
      if (outsideRef.current) {
        outsideRef.current.textContent = outside > 0 ? `${outside} off the plot` : "";
      }
    };
    draw();
    return store.subscribe(frameInputs, draw, { equalityFn: sameParts });
  }, [store, scale, box, data]);

  const ticks = scale.ticks(5);
  return (
    <div className="reverse-plot" style={{ width: box.width, height: box.height }}>
      <canvas
        ref={canvasRef}
        data-testid="reverse-canvas"
        style={{ width: box.width, height: box.height }}
        role="img"
        aria-label="Reverse process: the points x_t at the frame on show, over the data"
      />
      <svg width={box.width} height={box.height} aria-hidden="true">
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <rect className="plot-frame" width={side} height={side} />
          {ticks.map((tick) => (
            <g key={tick}>
              <line className="tick" x1={scale(tick)} x2={scale(tick)} y1={side} y2={side + 4} />
              <text className="tick-label" x={scale(tick)} y={side + 17} textAnchor="middle">
                {tickText(tick)}
              </text>
              <line className="tick" x1={-4} x2={0} y1={side - scale(tick)} y2={side - scale(tick)} />
              <text className="tick-label" x={-7} y={side - scale(tick) + 4.5} textAnchor="end">
                {tickText(tick)}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <p ref={outsideRef} className="reverse-outside" aria-live="off" />
    </div>
  );
}
