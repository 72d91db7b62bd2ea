import type { ScaleContinuousNumeric } from "d3-scale";
import { useState, type KeyboardEvent, type PointerEvent } from "react";
import type { AppState } from "../../state/store";
import { formatNumber } from "../controls/format";
import { useApp } from "../store-context";
import { CHART_MARGIN, chartGeometry, nearestIndex, type ChartPoint } from "./chart-geometry";

/** The chart's drawing size in SVG units: the Loss column's width at 1280×720, scaled to fit others. */
const WIDTH = 260;

export interface LossChartProps {
  readonly title: string;
  /** What x is called in the inspected value ("step", "t"). */
  readonly xName: string;
  readonly points: readonly ChartPoint[];
  readonly xDomain: readonly [number, number];
  readonly height: number;
  readonly log?: boolean;
  /**
   * Where a vertical marker stands (the current t), in the accent colour, read from the store by the
   * marker alone: playback moves it without redrawing the chart.
   */
  readonly cursor?: (state: AppState) => number;
  /** Shown in place of the line while there are no points. */
  readonly empty: string;
}

/** The marker at the x the store says (see LossChartProps.cursor). */
function Cursor({
  select,
  x,
  top,
  bottom,
}: {
  select: (state: AppState) => number;
  x: ScaleContinuousNumeric<number, number>;
  top: number;
  bottom: number;
}) {
  const at = x(useApp(select));
  return <line className="loss-cursor" x1={at} x2={at} y1={top} y2={bottom} />;
}

/**
 * A small line chart: React draws the SVG, D3 computes the scales, the path and the ticks. Hover, or focus
 * it and use the arrow keys (it is a slider over the points), to read one point's exact value. An empty
 * chart says why inside its plot.
 */
export function LossChart({ title, xName, points, xDomain, height, log, cursor, empty }: LossChartProps) {
  const [inspected, setInspected] = useState<number | null>(null);
  const g = chartGeometry(points, WIDTH, height, { xDomain, log });
  const shown = inspected === null ? points.length - 1 : Math.min(inspected, points.length - 1);
  const point = points[shown];
  const bottom = height - CHART_MARGIN.bottom;
  const onPointer = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = g.x.invert(((event.clientX - box.left) / box.width) * WIDTH);
    setInspected(nearestIndex(points, x));
  };
  const onKey = (event: KeyboardEvent<SVGSVGElement>) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -points.length, End: points.length }[event.key];
    if (step === undefined || points.length === 0) return;
    // The key is used here: the page's shortcuts (arrows step t) leave it alone.
    event.preventDefault();
    setInspected(Math.min(points.length - 1, Math.max(0, shown + step)));
  };
  const readout = point ? `${xName} ${formatNumber(point.x)}: ${formatNumber(point.y)}` : "";
  const first = points[0];
  const last = points.at(-1);
  // With points, a slider over them (arrow keys move the inspected point); empty, a picture that says why.
  const role =
    point && first && last
      ? {
          role: "slider",
          "aria-label": title,
          "aria-valuemin": first.x,
          "aria-valuemax": last.x,
          "aria-valuenow": point.x,
          "aria-valuetext": readout,
          tabIndex: 0,
        }
      : { role: "img", "aria-label": `${title}: ${empty}` };
  return (
    <figure className="loss-chart">
      <figcaption>
        <span>{title}</span>
        <span className="loss-chart-value" aria-hidden="true">
          {readout}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        {...role}
        onPointerMove={onPointer}
        onPointerLeave={() => setInspected(null)}
        onKeyDown={onKey}
        onBlur={() => setInspected(null)}
      >
        {ticked(points, g.yTicks).map((tick) => (
          <g key={tick} className="loss-tick">
            <line x1={CHART_MARGIN.left} x2={WIDTH - CHART_MARGIN.right} y1={g.y(tick)} y2={g.y(tick)} />
            <text x={CHART_MARGIN.left - 4} y={g.y(tick)} dy="0.32em" textAnchor="end">
              {formatNumber(tick, 2)}
            </text>
          </g>
        ))}
        {ticked(points, g.xTicks).map((tick) => (
          <text key={tick} className="loss-tick" x={g.x(tick)} y={height - 3} textAnchor="middle">
            {formatNumber(tick, 2)}
          </text>
        ))}
        <line
          className="loss-axis"
          x1={CHART_MARGIN.left}
          x2={WIDTH - CHART_MARGIN.right}
          y1={bottom}
          y2={bottom}
        />
        {cursor && <Cursor select={cursor} x={g.x} top={CHART_MARGIN.top} bottom={bottom} />}
        {points.length > 0 ? (
          <path className="loss-curve" d={g.path} />
        ) : (
          <text
            className="loss-empty"
            x={(CHART_MARGIN.left + WIDTH) / 2}
            y={(height - CHART_MARGIN.bottom) / 2 + 4}
            textAnchor="middle"
          >
            {empty}
          </text>
        )}
        {point && Number.isFinite(point.y) && (
          <circle className="loss-inspected" cx={g.x(point.x)} cy={g.y(point.y)} r={3.5} />
        )}
      </svg>
    </figure>
  );
}

/** An empty chart has nothing to measure: its ticks would label a made-up range. */
const ticked = (points: readonly ChartPoint[], ticks: readonly number[]) => (points.length > 0 ? ticks : []);
