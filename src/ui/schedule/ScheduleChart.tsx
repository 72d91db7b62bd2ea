import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useId, useMemo, useRef, type HTMLAttributes, type PointerEvent, type ReactNode } from "react";
import { useApp } from "../store-context";
import { sampledIndices, stretchedT, tickLabel, timestepAt } from "./chart-geometry";
import { labelPlaces } from "./line-labels";
import { TAxis } from "./TAxis";
import { TMarks } from "./TMarks";

/** One line of a chart: its values at t = 1..T (index t − 1) and the CSS class that colours it. */
export interface ChartSeries {
  readonly id: string;
  readonly values: ArrayLike<number>;
  /** A name written on the line, where lines share a chart (so colour is not the only key). */
  readonly label?: string;
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
  readonly hoverT: number | null;
  readonly showXAxis: boolean;
  readonly messages?: readonly ChartMessage[];
  readonly onPointer: (pointer: ChartPointer) => void;
  readonly onLeave: () => void;
  /** Makes the chart a keyboard control: its attributes (role, tabIndex, key handler) at the current t. */
  readonly keyboard?: (currentT: number) => HTMLAttributes<HTMLDivElement>;
  readonly drawing?: boolean;
}

const MARGIN = { left: 44, right: 10, top: 6, bottom: 4 };
const X_AXIS_HEIGHT = 22;
/** Up to this T every point also gets a dot: a 3-step chain is three numbers, not a curve. */
const DOTS_UP_TO_T = 40;
/** Line labels stay this far apart, px. */
const LABEL_GAP = 14;

/**
 * The chart's surface as a keyboard control. It reads t for its ARIA value, and only it re-renders as t
 * moves: the chart inside is the same element, so React leaves it be.
 */
function KeyboardSurface({
  className,
  keyboard,
  children,
}: {
  className: string;
  keyboard: (currentT: number) => HTMLAttributes<HTMLDivElement>;
  children: ReactNode;
}) {
  const currentT = useApp((s) => s.settings.t);
  return (
    <div className={className} {...keyboard(currentT)}>
      {children}
    </div>
  );
}

/**
 * One small multiple: lines of schedule quantities against t, a crosshair, and the current t in orange.
 * Only the marks of t (TMarks, TAxis, the keyboard surface) read t, so playback does not redraw the lines.
 */
export function ScheduleChart(props: ScheduleChartProps) {
  const { width, plotHeight, xDomain, yDomain, series, ghosts, hoverT, showXAxis } = props;
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
  const labels = useMemo(() => {
    const labelled = series.filter((s) => s.label !== undefined);
    if (labelled.length === 0) return [];
    const range: [number, number] = [MARGIN.top + 6, plotHeight - MARGIN.bottom - 4];
    const places = labelPlaces(
      labelled.map((s) => s.values),
      props.T,
      y,
      LABEL_GAP,
      range,
    );
    return labelled.map((s, i) => ({
      id: s.id,
      text: s.label as string,
      ...(places[i] as { t: number; y: number }),
    }));
  }, [series, y, plotHeight, props.T]);

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

  const plotTop = MARGIN.top;
  const plotBottom = plotHeight - MARGIN.bottom;

  const surfaceClass = `chart-surface${props.drawing ? " drawing" : ""}`;
  const chart = (
    <svg width={width} height={height} role="img" aria-label={props.label}>
      <defs>
        <clipPath id={clipId}>
          <rect
            x={MARGIN.left}
            y={plotTop - 4}
            width={Math.max(0, width - MARGIN.left - MARGIN.right)}
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
      {labels.map((label) => {
        // On the left half the label reads rightwards from its t, on the right half it ends there.
        const left = label.t <= props.T / 2;
        return (
          <text
            key={label.id}
            className={`line-label series-${label.id}`}
            x={x(label.t) + (left ? 6 : -6)}
            y={label.y}
            dy="0.32em"
            textAnchor={left ? "start" : "end"}
          >
            {label.text}
          </text>
        );
      })}
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
      <TMarks
        x={x}
        y={y}
        series={series}
        ghosts={ghosts}
        yDomain={yDomain}
        T={props.T}
        hoverT={hoverT}
        plotTop={plotTop}
        plotBottom={plotBottom}
      />
      {showXAxis && <TAxis x={x} top={plotBottom} hoverT={hoverT} />}
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
        onPointerCancel={(event) => {
          // A cancelled stroke ends like a lifted one (a drawing in progress is committed).
          pressed.current = false;
          props.onPointer(pointerAt(event, "up"));
        }}
        onPointerLeave={() => {
          if (!pressed.current) props.onLeave();
        }}
      />
    </svg>
  );

  return (
    <figure className="schedule-chart">
      <figcaption>
        <span className="chart-title">{props.title}</span>
        <span className="chart-readout">{props.readout}</span>
      </figcaption>
      {props.keyboard ? (
        <KeyboardSurface className={surfaceClass} keyboard={props.keyboard}>
          {chart}
        </KeyboardSurface>
      ) : (
        <div className={surfaceClass}>{chart}</div>
      )}
    </figure>
  );
}
