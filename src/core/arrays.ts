/** Point clouds and images are N rows of d values, stored flat and row-major. */
export type FloatArray = Float32Array | Float64Array;

/** Sum of squared differences between two equally long arrays. */
export function sumSquaredDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`length mismatch: ${a.length} vs ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    sum += d * d;
  }
  return sum;
}

/** How many `dim`-vectors a flat array holds (at least 1, so a mean over points never divides by 0). */
export function pointCount(length: number, dim: number): number {
  if (!(dim > 0) || length % dim !== 0) {
    throw new RangeError(`length ${length} is not a whole number of ${dim}-vectors`);
  }
  return Math.max(1, length / dim);
}
