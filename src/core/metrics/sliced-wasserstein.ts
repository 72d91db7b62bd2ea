import type { FloatArray } from "../arrays";
import { makeRng, type Rng } from "../rng";
import { rowCount } from "./rows";

/**
 * Sliced Wasserstein-2 distance between two point sets (Rabin, Peyré, Delon & Bernot 2011, "Wasserstein
 * barycenter and its application to texture mixing"; Bonneel et al. 2015, "Sliced and Radon Wasserstein
 * barycenters of measures"): project both sets on random unit directions, where optimal transport is just
 * matching sorted values, and average the 1D costs. It works in any dimension at O(K·n log n).
 */

/** Directions averaged over: the Monte-Carlo error shrinks as 1/√K; at 128 it is a few percent of SW2. */
export const SLICED_WASSERSTEIN_PROJECTIONS = 128;
/** Seed of the directions when the caller gives none; fixed, so a number on screen never flickers. */
export const SLICED_WASSERSTEIN_SEED = 0;

/** Overrides for the directions the distance averages over. */
export interface SlicedWassersteinOptions {
  /** Number of random directions K (default `SLICED_WASSERSTEIN_PROJECTIONS`). */
  projections?: number;
  /** Seed of the directions (default `SLICED_WASSERSTEIN_SEED`); same inputs and seed give the same number. */
  seed?: number;
}

/**
 * W2² between the empirical distributions of two sorted 1D samples, each point weighted 1/n:
 * W2² = ∫₀¹ (F_a⁻¹(u) − F_b⁻¹(u))² du, exact for any sizes (Villani 2003, "Topics in Optimal
 * Transportation", thm 2.18). Both quantile functions are step functions, so the integral is a sum over
 * the merged breakpoints i/n_a and j/n_b.
 */
export function wasserstein2Squared1d(sortedA: ArrayLike<number>, sortedB: ArrayLike<number>): number {
  const na = sortedA.length;
  const nb = sortedB.length;
  if (na === 0 || nb === 0) throw new RangeError("W2 needs at least one point on each side");
  // Levels are counted in units of 1/(na·nb), so breakpoint i/na is the integer i·nb and comparing
  // breakpoints of the two sides is exact (no float ties that would skip or repeat a step).
  const total = na * nb;
  let i = 0;
  let j = 0;
  let level = 0;
  let sum = 0;
  while (level < total) {
    const nextA = (i + 1) * nb;
    const nextB = (j + 1) * na;
    const next = nextA < nextB ? nextA : nextB;
    const diff = (sortedA[i] as number) - (sortedB[j] as number);
    sum += (next - level) * diff * diff;
    level = next;
    if (nextA === next) i++;
    if (nextB === next) j++;
  }
  return sum / total;
}

/**
 * SW2(A, B) = sqrt(mean_θ W2²(θ·A, θ·B)) over K seeded random unit directions θ (normalised Gaussian
 * vectors, so uniform on the sphere), for flat row-major sets of n_a and n_b points of `dim` values.
 * Throws on an empty set, where no distribution exists.
 */
export function slicedWasserstein(
  a: FloatArray,
  b: FloatArray,
  dim: number,
  options: SlicedWassersteinOptions = {},
): number {
  const projections = options.projections ?? SLICED_WASSERSTEIN_PROJECTIONS;
  if (!Number.isInteger(projections) || projections < 1) {
    throw new RangeError(`projections must be a positive whole number, got ${projections}`);
  }
  const na = rowCount(a, dim, "first point set");
  const nb = rowCount(b, dim, "second point set");
  const rng = makeRng(options.seed ?? SLICED_WASSERSTEIN_SEED, "sliced-wasserstein");
  const direction = new Float64Array(dim);
  const projectedA = new Float64Array(na);
  const projectedB = new Float64Array(nb);
  let sum = 0;
  for (let k = 0; k < projections; k++) {
    randomUnitVector(rng, direction);
    project(a, direction, projectedA).sort();
    project(b, direction, projectedB).sort();
    sum += wasserstein2Squared1d(projectedA, projectedB);
  }
  return Math.sqrt(sum / projections);
}

/** Fills `out` with a uniform direction on the unit sphere (a normalised standard Gaussian vector). */
function randomUnitVector(rng: Rng, out: Float64Array): void {
  let norm2 = 0;
  // A zero vector has probability 0 but would divide by zero, so it is drawn again.
  while (norm2 === 0) {
    norm2 = 0;
    for (let c = 0; c < out.length; c++) {
      const value = rng.normal();
      out[c] = value;
      norm2 += value * value;
    }
  }
  const scale = 1 / Math.sqrt(norm2);
  for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) * scale;
}

/** out[i] = θ·x_i for each row x_i of `points`. */
function project(points: FloatArray, direction: Float64Array, out: Float64Array): Float64Array {
  const dim = direction.length;
  for (let i = 0, row = 0; i < out.length; i++, row += dim) {
    let dot = 0;
    for (let c = 0; c < dim; c++) dot += (points[row + c] as number) * (direction[c] as number);
    out[i] = dot;
  }
  return out;
}
