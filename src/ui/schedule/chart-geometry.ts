/** The numbers behind the schedule charts: axis ranges, tick labels, which points to draw. */
import { formatNumber } from "../controls/format";

/** The smallest of 1, 2, 5 × 10^k at or above x (1 for x ≤ 0, so an all-zero β still gets an axis). */
export function niceCeiling(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const ceiling = [1, 2, 5, 10].map((m) => m * power).find((c) => c >= x * (1 - 1e-12)) as number;
  return Math.min(1, Number(ceiling.toPrecision(1)));
}

/**
 * How the β axis is scaled: "fit" to the largest β shown; "draw" leaves room above it to draw higher (a
 * custom schedule); "full" is 0..1, where the homework's large betas and the extremes live.
 */
export type BetaAxis = "fit" | "draw" | "full";

/** Drawing leaves at least this factor of room above the largest β (more where a round top is further). */
const DRAW_HEADROOM = 1.25;

/** The β axis's top for the betas of every schedule shown. */
export function betaTop(betaArrays: readonly ArrayLike<number>[], axis: BetaAxis): number {
  if (axis === "full") return 1;
  let max = 0;
  for (const betas of betaArrays)
    for (let i = 0; i < betas.length; i++) max = Math.max(max, betas[i] as number);
  return niceCeiling(axis === "draw" ? DRAW_HEADROOM * max : max);
}

/** The smallest and largest finite values of all arrays, or null when none is finite. */
export function finiteExtent(arrays: readonly ArrayLike<number>[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (lo > hi) return null;
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** A tick label: two significant digits, exponents without padding ("5e−4", "0.05", "−10"). */
export function tickLabel(x: number): string {
  return formatNumber(x, 2).replace(/\.0e/, "e");
}

/**
 * The 0-based indices of the points a line draws: all of them up to `maxPoints`, else an even stride that
 * always keeps the last (a smooth schedule with T = 10000 needs no more points than the chart has pixels).
 */
export function sampledIndices(T: number, maxPoints: number): number[] {
  const stride = Math.max(1, Math.ceil(T / maxPoints));
  const indices: number[] = [];
  for (let i = 0; i < T; i += stride) indices.push(i);
  if (indices[indices.length - 1] !== T - 1) indices.push(T - 1);
  return indices;
}

/** Where log SNR is infinite: +∞ up to some t (no noise yet), −∞ from some t on (no signal left). */
export interface InfiniteRuns {
  /** The last t with log SNR = +∞, or null. */
  readonly plusUntil: number | null;
  /** The first t with log SNR = −∞, or null. */
  readonly minusFrom: number | null;
}

export function infiniteRuns(logSnr: ArrayLike<number>): InfiniteRuns {
  let plusUntil: number | null = null;
  let minusFrom: number | null = null;
  for (let i = 0; i < logSnr.length; i++) {
    const v = logSnr[i] as number;
    if (v === Infinity) plusUntil = i + 1;
    if (v === -Infinity && minusFrom === null) minusFrom = i + 1;
  }
  return { plusUntil, minusFrom };
}

/** The timestep nearest to a position along the t axis, within 1..T. */
export function timestepAt(invert: (px: number) => number, px: number, T: number): number {
  return Math.min(T, Math.max(1, Math.round(invert(px))));
}

/**
 * Where timestep t of a chain of `ownT` steps is drawn on an axis of T steps: a pinned schedule of another
 * length is stretched over the current one, so both chains span the chart (the same t when the Ts agree).
 */
export function stretchedT(t: number, ownT: number, T: number): number {
  return ownT === T ? t : (t * T) / ownT;
}

/** The timestep of a chain of `ownT` steps at the same point as t of T (t itself when the Ts agree). */
export function matchingTimestep(t: number, T: number, ownT: number): number {
  return ownT === T ? t : Math.min(ownT, Math.max(1, Math.round((t * ownT) / T)));
}
