/**
 * Direct labels for lines that share a chart (ᾱ_t, √ᾱ_t, √(1−ᾱ_t)), so they are told apart by name, not by
 * colour alone: all labels sit at one t, where the lines are furthest apart, each at its line's height,
 * nudged apart vertically where they would overlap.
 */

/** One label's anchor: the timestep it sits at and its height in px (before the text's own baseline shift). */
export interface LabelPlace {
  readonly t: number;
  readonly y: number;
}

/** Labels sit within this share of the chain from either end, clear of the axis and the right edge. */
const EDGE_SHARE = 0.15;
/** At most this many timesteps are tried (a long chain is sampled evenly). */
const CANDIDATES = 60;

/**
 * The timestep (1..T) where the lines are furthest apart: the largest smallest gap between any two of
 * them, among finite values (the middle of the chain when nothing separates them).
 */
export function spreadTimestep(lines: readonly ArrayLike<number>[], T: number): number {
  const first = Math.max(1, Math.ceil(EDGE_SHARE * T));
  const last = Math.max(first, Math.floor((1 - EDGE_SHARE) * T));
  const stride = Math.max(1, Math.ceil((last - first + 1) / CANDIDATES));
  let best = Math.round((first + last) / 2);
  let widest = 0;
  for (let t = first; t <= last; t += stride) {
    const values = lines.map((line) => line[t - 1] as number);
    if (!values.every(Number.isFinite)) continue;
    let narrowest = Infinity;
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        narrowest = Math.min(narrowest, Math.abs((values[i] as number) - (values[j] as number)));
      }
    }
    if (narrowest > widest) {
      widest = narrowest;
      best = t;
    }
  }
  return best;
}

/**
 * Heights for labels wanted at `wanted` px (y grows downwards), at least `gap` px apart and within
 * [top, bottom]; the order of the labels is kept.
 */
export function spreadHeights(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map(({ y }) => Math.min(bottom, Math.max(top, y)));
  for (let k = 1; k < placed.length; k++) {
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  }
  // Pushed past the bottom: slide the stack back up, keeping the gaps.
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) {
    placed[placed.length - 1] = bottom;
    for (let k = placed.length - 2; k >= 0; k--) {
      placed[k] = Math.min(placed[k] as number, (placed[k + 1] as number) - gap);
    }
  }
  const heights = new Array<number>(wanted.length);
  order.forEach(({ i }, k) => (heights[i] = placed[k] as number));
  return heights;
}

/** Where each line's label goes: one shared t, each at its line's height there, kept `gap` px apart. */
export function labelPlaces(
  lines: readonly ArrayLike<number>[],
  T: number,
  y: (value: number) => number,
  gap: number,
  [top, bottom]: readonly [number, number],
): LabelPlace[] {
  const t = spreadTimestep(lines, T);
  const wanted = lines.map((line) => {
    const value = line[t - 1] as number;
    return Number.isFinite(value) ? y(value) : (top + bottom) / 2;
  });
  return spreadHeights(wanted, gap, top, bottom).map((height) => ({ t, y: height }));
}
