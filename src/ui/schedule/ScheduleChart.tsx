import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useId, useMemo, useRef, type HTMLAttributes, type PointerEvent, type ReactNode } from "react";
import { TAxis } from "./TAxis";
import { matchingTimestep, sampledIndices, stretchedT, tickLabel, timestepAt } from "./chart-geometry";

/** One line of a chart: its values at t = 1..T (index t − 1) and the CSS class that colours it. */
export interface ChartSeries {
  readonly id: string;
  readonly values: ArrayLike<number>;
}

/** A pointer on the plot: the timestep under it and the value at its height. */
export interface ChartPointer {
  readonly phase: "down" | "move" | "up";
  readonly t: number;
  readonly value: number;
  /** Whether a button is held (a drag). */
  readonly pressed: boolean;
}

/** A word-label drawn inside the plot (where a value is infinite, or when nothing can be drawn). */
export interface ChartMessage {
  readonly text: string;
  readonly place: "top" | "bottom" | "middle";
}

export interface ScheduleChartProps {
  readonly title: ReactNode;
  readonly readout: ReactNode;
  /** The plot's accessible name. */
  readonly label: string;
  readonly width: number;
  /** The plot's height, without the t axis. */
  readonly plotHeight: number;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  /** False hides the value ticks (nothing finite to read them against). */
  readonly yTicks?: boolean;
  readonly series: readonly ChartSeries[];
  /** The pinned schedule's lines, dashed; one of another length is stretched over this T. */
  readonly ghosts: readonly ChartSeries[];
  /** The current schedule's T: pointer timesteps stop there. */
  readonly T: number;
  readonly currentT: number;
  readonly hoverT: number | null;
  readonly showXAxis: boolean;
  readonly messages?: readonly ChartMessage[];
  readonly onPointer: (pointer: ChartPointer) => void;
  readonly onLeave: () => void;
  /** Makes the chart a keyboard control (role, tabIndex, key handler). */
  readonly keyboard?: HTMLAttributes<HTMLDivElement>;
  readonly drawing?: boolean;
}

const MARGIN = { left: 44, right: 10, top: 6, bottom: 4 };
const X_AXIS_HEIGHT = 22;
/** Up to this T every point also gets a dot: a 3-step chain is three numbers, not a curve. */
const DOTS_UP_TO_T = 40;

/** One small multiple: lines of schedule quantities against t, a crosshair, and the current t in orange. */
export function ScheduleChart(props: ScheduleChartProps) {
  const { width, plotHeight, xDomain, yDomain, series, ghosts, currentT, hoverT, showXAxis } = props;
  const clipId = useId();
  const pressed = useRef(false);
  const height = plotHeight + (showXAxis ? X_AXIS_HEIGHT : 0);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(xDomain)
        .range([MARGIN.left, width - MARGIN.right]),
    [xDomain, width],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain(yDomain)
        .range([plotHeight - MARGIN.bottom, MARGIN.top]),
    [yDomain, plotHeight],
  );
  const paths = useMemo(() => {
    const pathOf = (values: ArrayLike<number>): string => {
      const draw = line<number>()
        .defined((i) => Number.isFinite(values[i]))
        .x((i) => x(stretchedT(i + 1, values.length, props.T)))
        .y((i) => y(values[i] as number));
      return draw(sampledIndices(values.length, 2 * width)) ?? "";
    };
    return {
      series: series.map((s) => ({ id: s.id, d: pathOf(s.values) })),
      ghosts: ghosts.map((s) => ({ id: s.id, d: pathOf(s.values) })),
    };
  }, [series, ghosts, x, y, width, props.T]);

  const pointerAt = (event: PointerEvent<SVGRectElement>, phase: ChartPointer["phase"]): ChartPointer => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    const px = event.clientX - (box?.left ?? 0);
    const py = event.clientY - (box?.top ?? 0);
    return {
      phase,
      t: timestepAt((p) => x.invert(p), px, props.T),
      value: y.invert(py),
      pressed: pressed.current,
    };
  };

  const dotsAt = (t: number | null, className: string) =>
    t === null
      ? null
      : [...series, ...ghosts].map((s, i) => {
          // A pinned schedule of another length is read at the same point of its chain.
          const own = matchingTimestep(t, props.T, s.values.length);
          const v = s.values[own - 1];
          if (v === undefined || !Number.isFinite(v) || v < yDomain[0] || v > yDomain[1]) return null;
          const ghost = i >= series.length;
          return (
            <circle
              key={`${s.id}-${i}`}
              className={`${className} series-${s.id}${ghost ? " ghost" : ""}`}
              cx={x(stretchedT(own, s.values.length, props.T))}
              cy={y(v)}
              r={ghost ? 3 : 3.5}
            />
          );
        });

  const plotTop = MARGIN.top;
  const plotBottom = plotHeight - MARGIN.bottom;

  return (
    <figure className="schedule-chart">
      <figcaption>
        <span className="chart-title">{props.title}</span>
        <span className="chart-readout">{props.readout}</span>
      </figcaption>
      <div className={`chart-surface${props.drawing ? " drawing" : ""}`} {...props.keyboard}>
        <svg width={width} height={height} role="img" aria-label={props.label}>
          <defs>
            <clipPath id={clipId}>
              <rect
                x={MARGIN.left}
                y={plotTop - 4}
                width={width - MARGIN.left - MARGIN.right}
                height={plotBottom - plotTop + 8}
              />
            </clipPath>
          </defs>
          {(props.yTicks === false ? [] : y.ticks(2)).map((tick) => (
            <g key={tick} className="y-tick" transform={`translate(0,${y(tick)})`}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} />
              <text x={MARGIN.left - 6} dy="0.32em">
                {tickLabel(tick)}
              </text>
            </g>
          ))}
          <g clipPath={`url(#${clipId})`}>
            {paths.ghosts.map((p, i) => (
              <path key={`${p.id}-${i}`} className={`line series-${p.id} ghost`} d={p.d} />
            ))}
            {paths.series.map((p) => (
              <path key={p.id} className={`line series-${p.id}`} d={p.d} />
            ))}
            {[...series, ...ghosts].map((s, k) => {
              if (s.values.length > DOTS_UP_TO_T) return null;
              const ghost = k >= series.length ? " ghost" : "";
              return Array.from(s.values, (v, i) =>
                Number.isFinite(v) ? (
                  <circle
                    key={`${s.id}-${k}-${i}`}
                    className={`point series-${s.id}${ghost}`}
                    cx={x(stretchedT(i + 1, s.values.length, props.T))}
                    cy={y(v)}
                    r={2.5}
                  />
                ) : null,
              );
            })}
          </g>
          {(props.messages ?? []).map((m) => (
            <text
              key={m.text}
              className={`chart-message ${m.place}`}
              x={m.place === "middle" ? (MARGIN.left + width - MARGIN.right) / 2 : width - MARGIN.right - 4}
              y={
                m.place === "top"
                  ? plotTop + 14
                  : m.place === "bottom"
                    ? plotBottom - 6
                    : (plotTop + plotBottom) / 2
              }
            >
              {m.text}
            </text>
          ))}
          <line className="current-t" x1={x(currentT)} x2={x(currentT)} y1={plotTop} y2={plotBottom} />
          {hoverT !== null && hoverT !== currentT && (
            <line className="hover-t" x1={x(hoverT)} x2={x(hoverT)} y1={plotTop} y2={plotBottom} />
          )}
          {dotsAt(currentT, "current-dot")}
          {hoverT !== currentT && dotsAt(hoverT, "hover-dot")}
          {showXAxis && <TAxis x={x} top={plotBottom} currentT={currentT} hoverT={hoverT} />}
          <rect
            className="pointer-surface"
            x={MARGIN.left}
            y={plotTop}
            width={Math.max(0, width - MARGIN.left - MARGIN.right)}
            height={plotBottom - plotTop}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture(event.pointerId);
              pressed.current = true;
              props.onPointer(pointerAt(event, "down"));
            }}
            onPointerMove={(event) => props.onPointer(pointerAt(event, "move"))}
            onPointerUp={(event) => {
              pressed.current = false;
              props.onPointer(pointerAt(event, "up"));
            }}
            onPointerCancel={() => {
              pressed.current = false;
            }}
            onPointerLeave={() => {
              if (!pressed.current) props.onLeave();
            }}
          />
        </svg>
      </div>
    </figure>
  );
}
