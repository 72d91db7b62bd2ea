import { keepDrawn } from "../plot/canvas-density";
import { scaleLinear } from "d3-scale";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { sampleCountOf } from "../../state/slices/forward-frame";
import type { AppState } from "../../state/store";
import { PLOT_MARGIN, PlotAxes, plotBox } from "../plot/PlotAxes";
import { useApp, useAppStore } from "../store-context";
import { DOMAIN } from "./plot-geometry";
import { PlotLegend } from "./PlotLegend";
import { createPointRenderer, type PointScene } from "./point-renderer";
import { useDrawing } from "./useDrawing";

/** Room kept under the plot for its legend (two short lines), CSS px. */
const LEGEND_PX = 42;

/** What a canvas frame depends on; a change of any part redraws (without rendering React). */
const frameInputs = (s: AppState) =>
  [s.forward, s.settings.t, s.blankDrawing, s.settings.dataset.kind] as const;

/**
 * The forward process of a point cloud: x_t on a canvas (redrawn from store subscriptions), with axes,
 * the N(0, I) 1σ and 2σ circles and the drawing pad in SVG on top. `width` × `height` is the room given.
 */
export function PointPlot({ width, height }: { width: number; height: number }) {
  const store = useAppStore();
  const side = Math.max(
    80,
    Math.min(
      width - PLOT_MARGIN.left - PLOT_MARGIN.right,
      height - PLOT_MARGIN.top - PLOT_MARGIN.bottom - LEGEND_PX,
    ),
  );
  const scale = useMemo(() => scaleLinear().domain([-DOMAIN, DOMAIN]).range([0, side]), [side]);
  const box = useMemo(() => plotBox(side), [side]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const redraw = useRef<() => void>(() => undefined);
  const stroke = useRef<readonly number[]>([]);
  const drawing = useApp((s) => s.blankDrawing || s.settings.dataset.kind === "drawn");
  const blank = useApp((s) => s.blankDrawing);
  const count = useApp((s) => (s.forward && !s.blankDrawing ? sampleCountOf(s.forward) : null));

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const renderer = createPointRenderer(canvas);
    const draw = (): void => {
      const s = store.getState();
      const scene: PointScene = {
        result: s.forward,
        t: s.settings.t,
        blank: s.blankDrawing,
        showClean: s.blankDrawing || s.settings.dataset.kind === "drawn",
        stroke: stroke.current,
      };
      renderer.draw(scene, scale, box);
    };
    redraw.current = draw;
    return keepDrawn(store, canvas, frameInputs, draw);
  }, [store, scale, box]);

  const onStroke = useCallback((points: readonly number[]) => {
    stroke.current = points;
    redraw.current();
  }, []);
  const pad = useDrawing(scale, onStroke);
  const y = (value: number) => side - scale(value);
  const radius = (sigma: number) => scale(sigma) - scale(0);

  return (
    <div className="point-view">
      <div className="point-plot" style={{ width: box.width, height: box.height }}>
        <canvas
          ref={canvasRef}
          className="point-canvas"
          data-testid="forward-canvas"
          data-export-name="Forward points x_t"
          style={{ width: box.width, height: box.height }}
          role="img"
          aria-label="Forward process: the points x_t, N(0, I) circles and marginal histograms"
        />
        <svg width={box.width} height={box.height} className="point-svg" aria-hidden={!drawing}>
          <PlotAxes scale={scale} side={side}>
            {[1, 2].map((sigma) => (
              <g key={sigma} className="sigma">
                <circle cx={scale(0)} cy={y(0)} r={radius(sigma)} />
                <text x={scale(0) + radius(sigma) * 0.71 + 3} y={y(0) - radius(sigma) * 0.71 - 3}>
                  {sigma}σ
                </text>
              </g>
            ))}
            {blank && (
              <text className="pad-hint" x={side / 2} y={30} textAnchor="middle">
                Drag here to draw your data
              </text>
            )}
            {drawing && (
              <>
                <rect
                  className="draw-pad"
                  width={side}
                  height={side}
                  tabIndex={0}
                  role="application"
                  aria-label="Drawing pad: drag to draw points; or move the pen with the arrow keys and press Enter to add a point"
                  {...pad.pointerHandlers}
                  onKeyDown={pad.onKeyDown}
                />
                <g className="pen" transform={`translate(${scale(pad.pen[0])},${y(pad.pen[1])})`}>
                  <line x1={-7} x2={7} />
                  <line y1={-7} y2={7} />
                </g>
              </>
            )}
          </PlotAxes>
        </svg>
      </div>
      <PlotLegend count={count} />
    </div>
  );
}
