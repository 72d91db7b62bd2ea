import type { ScaleLinear } from "d3-scale";
import { useApp } from "../store-context";

/** Tick labels closer than this to a t label give way to it. */
const LABEL_CLEARANCE = 24;

/** A timestep named on the t axis, on a tag so it stands out from the ticks (the current t in orange). */
function TLabel({ x, t, className }: { x: number; t: number; className: string }) {
  const width = 10 + 8 * String(t).length;
  return (
    <g className={className} transform={`translate(${x},0)`}>
      <rect x={-width / 2} y={3} width={width} height={18} rx={3} />
      <text y={17}>{t}</text>
    </g>
  );
}

/** The shared t axis under the small multiples, with the current (read from the store) and the hovered t on tags. */
export function TAxis({
  x,
  top,
  hoverT,
}: {
  x: ScaleLinear<number, number>;
  top: number;
  hoverT: number | null;
}) {
  const currentT = useApp((s) => s.settings.t);
  const [left, right] = x.range() as [number, number];
  const showsHover = hoverT !== null && hoverT !== currentT;
  const ticks = x
    .ticks(4)
    .filter((tick) => Number.isInteger(tick) && tick >= 1)
    .filter((tick) =>
      [currentT, hoverT].every((t) => t === null || Math.abs(x(tick) - x(t)) > LABEL_CLEARANCE),
    );
  return (
    <g className="x-axis" transform={`translate(0,${top})`}>
      <line x1={left} x2={right} />
      {ticks.map((tick) => (
        <text key={tick} x={x(tick)} y={17}>
          {tick}
        </text>
      ))}
      {showsHover && <TLabel x={x(hoverT)} t={hoverT} className="hover-label" />}
      <TLabel x={x(currentT)} t={currentT} className="current-label" />
      <text className="axis-name" x={left - 6} y={17}>
        t
      </text>
    </g>
  );
}
