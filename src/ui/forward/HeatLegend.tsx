import { scaleLinear } from "d3-scale";
import { useId } from "react";
import { HEAT_MAX, HEAT_MIN, legendStops } from "./heat-colours";

const HEIGHT = 12;
const PAD = 22;

/** The heat maps' colour scale: a viridis bar over the fixed range, with ticks; ends say values are clamped. */
export function HeatLegend({ width }: { width: number }) {
  const id = useId();
  const x = scaleLinear()
    .domain([HEAT_MIN, HEAT_MAX])
    .range([PAD, width - PAD]);
  const ticks = x.ticks(4);
  const label = (value: number) => {
    const text = value < 0 ? `−${-value}` : String(value);
    return value === HEAT_MIN ? `≤${text}` : value === HEAT_MAX ? `≥${text}` : text;
  };
  return (
    <svg
      className="heat-legend"
      width={width}
      height={HEIGHT + 20}
      role="img"
      data-export-name="Colour scale"
      aria-label={`Colour scale: pixel values from ${HEAT_MIN} (dark purple) to ${HEAT_MAX} (yellow); values beyond are clamped`}
    >
      <defs>
        <linearGradient id={id}>
          {legendStops().map((stop) => (
            <stop key={stop.offset} offset={stop.offset} stopColor={stop.colour} />
          ))}
        </linearGradient>
      </defs>
      <rect x={PAD} y={0} width={width - 2 * PAD} height={HEIGHT} fill={`url(#${id})`} rx={2} />
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="tick" x1={x(tick)} x2={x(tick)} y1={HEIGHT} y2={HEIGHT + 3} />
          <text className="tick-label" x={x(tick)} y={HEIGHT + 16} textAnchor="middle">
            {label(tick)}
          </text>
        </g>
      ))}
    </svg>
  );
}
