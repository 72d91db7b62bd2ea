import { useMemo, useRef, useState } from "react";
import { makeSchedule, type Schedule } from "../../core/schedule";
import { formatNearOne, formatNumber } from "../controls/format";
import { useApp } from "../store-context";
import { betaTop, finiteExtent, infiniteRuns, matchingTimestep, type BetaAxis } from "./chart-geometry";
import { ScheduleChart, type ChartMessage, type ChartSeries } from "./ScheduleChart";
import { useChartInput } from "./useChartInput";
import { useElementSize } from "../controls/useElementSize";

export interface ScheduleChartsProps {
  readonly schedule: Schedule;
  /** The pinned schedule, drawn dashed, or null. */
  readonly compare: Schedule | null;
  /** Whether the β chart draws (a custom schedule). */
  readonly custom: boolean;
  readonly hoverT: number | null;
  readonly onHover: (t: number | null) => void;
}

/** Wide enough for the column at 1280×720 before the first measurement arrives. */
const INITIAL_WIDTH = 256;
/** Chains up to this long get half a step of room at each end, so their end points are not on the edge. */
const PADDED_UP_TO_T = 40;

/** The lines each chart draws for one schedule. */
function linesOf(s: Schedule): Record<"beta" | "coefficients" | "logSnr", ChartSeries[]> {
  return {
    beta: [{ id: "beta", values: s.betas }],
    coefficients: [
      { id: "alpha-bar", values: s.alphaBars, label: "ᾱ" },
      { id: "signal", values: s.sqrtAlphaBars, label: "√ᾱ" },
      { id: "noise", values: s.sqrtOneMinusAlphaBars, label: "√(1−ᾱ)" },
    ],
    logSnr: [{ id: "log-snr", values: s.logSnr }],
  };
}
const NO_LINES = { beta: [], coefficients: [], logSnr: [] };

/** Where log SNR cannot be drawn because it is infinite, said in words inside the chart. */
function logSnrMessages(logSnr: Float64Array): ChartMessage[] {
  if (!finiteExtent([logSnr])) {
    const text = logSnr[0] === Infinity ? "+∞ at every t: no noise" : "−∞ at every t: no signal";
    return [{ place: "middle", text }];
  }
  const { plusUntil, minusFrom } = infiniteRuns(logSnr);
  const messages: ChartMessage[] = [];
  if (plusUntil !== null) messages.push({ place: "top", text: `+∞ up to t = ${plusUntil}` });
  if (minusFrom !== null) messages.push({ place: "bottom", text: `−∞ from t = ${minusFrom}` });
  return messages;
}

/** The timestep the readouts show: the hovered one, else the current t (the only reader of t here). */
function useReadT(hoverT: number | null, T: number): number {
  const currentT = useApp((s) => s.settings.t);
  return Math.min(hoverT ?? currentT, T);
}

/** A chart's value, short (the ᾱ legend shares one line): a value near 1 keeps one digit of its distance. */
const chartValue = (x: number): string => formatNearOne(x, 3, 1);

/** A value at the timestep read. */
function ValueAt({ values, hoverT, T }: { values: ArrayLike<number>; hoverT: number | null; T: number }) {
  const t = useReadT(hoverT, T);
  return <span className="value">{chartValue(values[t - 1] as number)}</span>;
}

/** "pinned 0.01": the pinned schedule's value at the same point of its chain as the t read of T. */
function Pinned({
  values,
  hoverT,
  T,
}: {
  values: ArrayLike<number> | undefined;
  hoverT: number | null;
  T: number;
}) {
  const t = useReadT(hoverT, T);
  if (!values) return null;
  const value = values[matchingTimestep(t, T, values.length) - 1] as number;
  return <span className="pinned-value">pinned {chartValue(value)}</span>;
}

/**
 * The three small multiples: β_t; ᾱ_t with the forward coefficients √ᾱ_t and √(1−ᾱ_t); log SNR. While a
 * stroke is drawn on the β chart, the charts show the betas drawn so far (the settings change on release).
 */
export function ScheduleCharts({ schedule: settled, compare, custom, hoverT, onHover }: ScheduleChartsProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Charts lay themselves out to their width, so tick labels keep their true size (no scaled viewBox).
  const width = useElementSize(ref).width || INITIAL_WIDTH;
  const [fullBetaAxis, setFullBetaAxis] = useState(false);
  const T = settled.T;

  const betaAxis: BetaAxis = fullBetaAxis ? "full" : custom ? "draw" : "fit";
  const fittedBetaTop = betaTop(compare ? [settled.betas, compare.betas] : [settled.betas], betaAxis);
  const input = useChartInput(T, fittedBetaTop, onHover);
  const top = input.heldBetaTop ?? fittedBetaTop;
  const { preview } = input;
  const schedule = useMemo(
    () => (preview ? makeSchedule({ family: "custom", betas: [...preview] }) : settled),
    [preview, settled],
  );

  const xDomain = useMemo(() => (T <= PADDED_UP_TO_T ? ([0.5, T + 0.5] as const) : ([1, T] as const)), [T]);
  const betaDomain = useMemo(() => [0, top] as const, [top]);
  const unitDomain = useMemo(() => [0, 1] as const, []);
  const snrExtent = finiteExtent(compare ? [schedule.logSnr, compare.logSnr] : [schedule.logSnr]);
  const [snrLo, snrHi] = snrExtent ?? [-1, 1];
  const snrDomain = useMemo(() => [snrLo, snrHi] as const, [snrLo, snrHi]);
  const main = useMemo(() => linesOf(schedule), [schedule]);
  const ghost = useMemo(() => (compare ? linesOf(compare) : NO_LINES), [compare]);
  const snrMessages = useMemo(() => logSnrMessages(schedule.logSnr), [schedule]);

  const shared = { width, xDomain, T, hoverT, onLeave: () => onHover(null) };
  const valueAt = (values: Float64Array) => <ValueAt values={values} hoverT={hoverT} T={T} />;

  return (
    <div className="schedule-charts" ref={ref}>
      <ScheduleChart
        {...shared}
        title={
          <>
            <span>
              β<sub>t</sub>
            </span>
            <button
              type="button"
              className="axis-toggle"
              aria-label="β axis 0–1"
              aria-pressed={fullBetaAxis}
              onClick={() => setFullBetaAxis(!fullBetaAxis)}
            >
              axis 0–1
            </button>
          </>
        }
        readout={
          <>
            {valueAt(schedule.betas)}
            <Pinned values={compare?.betas} hoverT={hoverT} T={T} />
          </>
        }
        label={`β_t for t = 1 to ${T}`}
        plotHeight={80}
        yDomain={betaDomain}
        series={main.beta}
        ghosts={ghost.beta}
        showXAxis={false}
        drawing={custom}
        onPointer={custom ? input.draw : input.pickT}
        keyboard={(currentT) => ({
          tabIndex: 0,
          role: "slider",
          "aria-label": custom ? "t, and β_t of the custom schedule" : "t on the schedule charts",
          "aria-valuemin": 1,
          "aria-valuemax": T,
          "aria-valuenow": currentT,
          "aria-valuetext": `t = ${currentT}, β_t = ${formatNumber(schedule.betas[Math.min(currentT, T) - 1] as number)}`,
          title: custom ? "←/→ choose t, ↑/↓ change β_t (Shift: larger steps)" : "←/→ choose t",
          onKeyDown: input.onKeyDown,
        })}
      />
      <ScheduleChart
        {...shared}
        title={
          <span className="legend">
            <span className="series-alpha-bar">
              ᾱ<sub>t</sub> {valueAt(schedule.alphaBars)}
            </span>
            <span className="series-signal">
              √ᾱ<sub>t</sub> {valueAt(schedule.sqrtAlphaBars)}
            </span>
            <span className="series-noise">
              √(1−ᾱ<sub>t</sub>) {valueAt(schedule.sqrtOneMinusAlphaBars)}
            </span>
          </span>
        }
        readout={null}
        label={`ᾱ_t, √ᾱ_t and √(1 − ᾱ_t) for t = 1 to ${T}`}
        plotHeight={88}
        yDomain={unitDomain}
        series={main.coefficients}
        ghosts={ghost.coefficients}
        showXAxis={false}
        onPointer={input.pickT}
      />
      <ScheduleChart
        {...shared}
        title={
          <span>
            log SNR<sub>t</sub>
          </span>
        }
        readout={
          <>
            {valueAt(schedule.logSnr)}
            <Pinned values={compare?.logSnr} hoverT={hoverT} T={T} />
          </>
        }
        label={`log SNR_t = log(ᾱ_t / (1 − ᾱ_t)) for t = 1 to ${T}`}
        plotHeight={72}
        yDomain={snrDomain}
        yTicks={snrExtent !== null}
        series={main.logSnr}
        ghosts={ghost.logSnr}
        showXAxis
        messages={snrMessages}
        onPointer={input.pickT}
      />
    </div>
  );
}
