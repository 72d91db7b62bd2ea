/** The numbers behind the Loss panel's small charts: scales, the line, ticks, and the point nearest an x. */
import { bisector, extent } from "d3-array";
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from "d3-scale";
import { line } from "d3-shape";

/** One point of a chart. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

/** Where the plot sits inside the SVG: room for y tick labels on the left and x labels below. */
export const CHART_MARGIN = { top: 6, right: 8, bottom: 18, left: 38 } as const;

/** A chart laid out for a size: scales, the line's path, and ticks to label. */
export interface ChartGeometry {
  readonly x: ScaleContinuousNumeric<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
  readonly path: string;
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
  readonly log: boolean;
}

/**
 * Lays a line out in width × height. Non-finite points are left out (a diverged loss would break the
 * path); `log` asks for a log y axis, used only when every value is positive and they span over a decade.
 */
export function chartGeometry(
  points: readonly ChartPoint[],
  width: number,
  height: number,
  options: { xDomain: readonly [number, number]; log?: boolean },
): ChartGeometry {
  const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const [lo = 0, hi = 1] = extent(finite, (p) => p.y);
  const log = Boolean(options.log) && lo > 0 && hi / lo > 10;
  const range = [height - CHART_MARGIN.bottom, CHART_MARGIN.top];
  const y = (log ? scaleLog() : scaleLinear()).domain(
    log ? [lo, hi] : [Math.min(0, lo), hi > lo ? hi : lo + 1],
  );
  y.range(range).nice(3);
  const x = scaleLinear()
    .domain(options.xDomain)
    .range([CHART_MARGIN.left, width - CHART_MARGIN.right]);
  const path =
    line<ChartPoint>()
      .x((p) => x(p.x))
      .y((p) => y(p.y))(finite) ?? "";
  const yTicks = log ? y.ticks(3).filter((tick) => Number.isInteger(Math.log10(tick))) : y.ticks(3);
  return { x, y, path, xTicks: x.ticks(4), yTicks, log };
}

/** The index of the point whose x is nearest `x` (points sorted by x), or −1 when there are none. */
export function nearestIndex(points: readonly ChartPoint[], x: number): number {
  if (points.length === 0) return -1;
  const i = bisector((p: ChartPoint) => p.x).center(points, x);
  return Math.min(points.length - 1, Math.max(0, i));
}
