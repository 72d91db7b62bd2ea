import { pointCount } from "../arrays";

/**
 * How many `dim`-vectors a flat point set holds, for metrics that have no value on an empty set
 * (a nearest neighbour or a quantile function needs at least one point), so they throw instead.
 */
export function rowCount(points: ArrayLike<number>, dim: number, name: string): number {
  pointCount(points.length, dim); // checks that `dim` is positive and divides the length
  if (!Number.isInteger(dim)) throw new RangeError(`dim must be a whole number, got ${dim}`);
  if (points.length === 0) throw new RangeError(`${name} is empty: the metric needs at least one point`);
  for (let i = 0; i < points.length; i++) {
    if (!Number.isFinite(points[i] as number))
      throw new RangeError(`${name} holds a value that is not finite`);
  }
  return points.length / dim;
}
