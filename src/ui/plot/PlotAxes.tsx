/** The frame and axes the forward and reverse point plots share, so the two panels compare directly. */
import type { ScaleLinear } from "d3-scale";
import type { ReactNode } from "react";
import "./plot.css";

/** Room for the axes around a square point plot, CSS px. */
export const PLOT_MARGIN = { left: 30, right: 8, top: 8, bottom: 24 } as const;
/** Tick values on both axes (the plots show ±4.5, see DOMAIN). */
const TICKS = [-4, -2, 0, 2, 4];

/** The box a square plot takes with its axes: a canvas spans it all; the plot starts at (left, top). */
export interface PlotBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
}

/** The box of a square plot `side` CSS px wide. */
export const plotBox = (side: number): PlotBox => ({
  width: side + PLOT_MARGIN.left + PLOT_MARGIN.right,
  height: side + PLOT_MARGIN.top + PLOT_MARGIN.bottom,
  left: PLOT_MARGIN.left,
  top: PLOT_MARGIN.top,
});

/** A tick value with a typographic minus. */
const tickText = (tick: number): string => (tick < 0 ? `−${-tick}` : String(tick));

/**
 * The plot's frame with x and y ticks, in SVG. `children` are drawn inside, in the plot's own pixels
 * (x = scale(value), y = side − scale(value)).
 */
export function PlotAxes({
  scale,
  side,
  children,
}: {
  scale: ScaleLinear<number, number>;
  side: number;
  children?: ReactNode;
}) {
  return (
    <g transform={`translate(${PLOT_MARGIN.left},${PLOT_MARGIN.top})`}>
      <rect className="plot-frame" width={side} height={side} />
      {TICKS.map((tick) => (
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
      {children}
    </g>
  );
}
