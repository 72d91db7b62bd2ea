/**
 * How the score field's arrows are sized. The score's magnitude grows like 1/√(1 − ᾱ_t) as t falls, so
 * arrows are scaled per frame: a typical long arrow (the 90th percentile) spans most of a grid cell and
 * none runs more than ARROW_MAX_CELLS cells, so directions stay readable at every t. Pure numbers.
 */

/** The 90th-percentile arrow spans this share of a grid cell. */
export const TYPICAL_CELLS = 0.85;
/** No arrow is longer than this many cells (longer ones are clipped to it). */
export const ARROW_MAX_CELLS = 1.2;

/** Px per unit of score for a frame's field (0 when every arrow is zero or nothing is finite). */
export function arrowScale(score: Float32Array, cellPx: number): number {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < score.length; i += 2) {
    const length = Math.hypot(score[i] as number, score[i + 1] as number);
    if (Number.isFinite(length)) lengths.push(length);
  }
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  const typical = lengths[Math.min(lengths.length - 1, Math.floor(0.9 * lengths.length))] as number;
  return typical > 0 ? (TYPICAL_CELLS * cellPx) / typical : 0;
}

/** One arrow in screen px (y down): from its tail to its head. */
export interface Arrow {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * The arrow of score (sx, sy) at screen point (x, y): the data's y axis points up, the screen's down.
 * Null when it would be shorter than a px (nothing to see) or the score is not finite.
 */
export function arrowAt(
  x: number,
  y: number,
  sx: number,
  sy: number,
  scale: number,
  cellPx: number,
): Arrow | null {
  const raw = Math.hypot(sx, sy) * scale;
  if (!Number.isFinite(raw) || raw < 1) return null;
  const length = Math.min(raw, ARROW_MAX_CELLS * cellPx);
  const ux = sx / Math.hypot(sx, sy);
  const uy = sy / Math.hypot(sx, sy);
  return { x0: x, y0: y, x1: x + ux * length, y1: y - uy * length };
}
