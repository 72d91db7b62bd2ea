import type { ScaleLinear } from "d3-scale";
import { useApp } from "../store-context";
import { matchingTimestep, stretchedT } from "./chart-geometry";
import type { ChartSeries } from "./ScheduleChart";

export interface TMarksProps {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly series: readonly ChartSeries[];
  readonly ghosts: readonly ChartSeries[];
  readonly yDomain: readonly [number, number];
  readonly T: number;
  readonly hoverT: number | null;
  readonly plotTop: number;
  readonly plotBottom: number;
}

/**
 * The current t (in orange) and the hovered t on a schedule chart: lines across the plot and a dot on
 * every line. The only part of a chart that reads t, so playback redraws these marks and not the chart.
 */
export function TMarks({ x, y, series, ghosts, yDomain, T, hoverT, plotTop, plotBottom }: TMarksProps) {
  const currentT = useApp((s) => s.settings.t);
  const dotsAt = (t: number | null, className: string) =>
    t === null
      ? null
      : [...series, ...ghosts].map((s, i) => {
          // A pinned schedule of another length is read at the same point of its chain.
          const own = matchingTimestep(t, T, s.values.length);
          const v = s.values[own - 1];
          if (v === undefined || !Number.isFinite(v) || v < yDomain[0] || v > yDomain[1]) return null;
          const ghost = i >= series.length;
          return (
            <circle
              key={`${s.id}-${i}`}
              className={`${className} series-${s.id}${ghost ? " ghost" : ""}`}
              cx={x(stretchedT(own, s.values.length, T))}
              cy={y(v)}
              r={ghost ? 3 : 3.5}
            />
          );
        });
  const hovering = hoverT !== null && hoverT !== currentT;
  return (
    <>
      <line className="current-t" x1={x(currentT)} x2={x(currentT)} y1={plotTop} y2={plotBottom} />
      {hovering && <line className="hover-t" x1={x(hoverT)} x2={x(hoverT)} y1={plotTop} y2={plotBottom} />}
      {dotsAt(currentT, "current-dot")}
      {hovering && dotsAt(hoverT, "hover-dot")}
    </>
  );
}
