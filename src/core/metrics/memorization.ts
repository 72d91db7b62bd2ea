import type { FloatArray } from "../arrays";
import { rowCount } from "./rows";

/**
 * A sample counts as memorized when its nearest training point is closer than this fraction of the typical
 * nearest-neighbour distance of fresh data (the median over held-out points). Fresh draws fall that close
 * by chance with probability about 1 − 2^(−f^d) (locally uniform density: P(D < r) ≈ 1 − exp(−c·r^d), and
 * the median fixes c), so f = 1/3 flags ~7% of a perfect generator's samples in 2D and almost none in
 * image dimensions, while a copy plus jitter much smaller than the data's spacing is still flagged.
 */
export const MEMORIZATION_FACTOR = 1 / 3;

/** How much of a generator's output sits on top of its training points. */
export interface MemorizationReport {
  /** Fraction of samples closer to their nearest training point than `threshold`. */
  readonly share: number;
  /** Median distance from a held-out point to its nearest training point: the data's own spacing. */
  readonly typicalDistance: number;
  /** MEMORIZATION_FACTOR · typicalDistance. */
  readonly threshold: number;
}

/**
 * Share of samples s with min_x ‖s − x‖ < MEMORIZATION_FACTOR · median_h min_x ‖h − x‖, x over the training
 * set and h over held-out data. The criterion is relative, as in Carlini et al. 2023, "Extracting Training
 * Data from Diffusion Models" (arXiv:2301.13188), which calls a generation extracted when its ℓ2 distance to a training
 * image is small compared with the distances around it, because an absolute threshold means nothing across
 * datasets of different scale and density. Here the scale is measured on held-out data, which the model
 * never saw. If held-out points coincide with training points the typical distance is 0 and nothing counts.
 * Brute force, O((n_samples + n_heldOut) · n_train · d); throws on an empty training or held-out set.
 */
export function memorization(
  samples: FloatArray,
  heldOut: FloatArray,
  train: FloatArray,
  dim: number,
): MemorizationReport {
  const heldOutNearest = nearestSquaredDistances(
    heldOut,
    train,
    dim,
    new Float64Array(rowCount(heldOut, dim, "held-out set")),
  );
  for (let i = 0; i < heldOutNearest.length; i++) heldOutNearest[i] = Math.sqrt(heldOutNearest[i] as number);
  const typicalDistance = median(heldOutNearest.sort());
  const threshold = MEMORIZATION_FACTOR * typicalDistance;
  // An empty sample set has no memorized samples; the share is 0 rather than 0/0.
  if (samples.length === 0) return { share: 0, typicalDistance, threshold };
  const sampleNearest = nearestSquaredDistances(
    samples,
    train,
    dim,
    new Float64Array(rowCount(samples, dim, "samples")),
  );
  const threshold2 = threshold * threshold;
  let memorized = 0;
  for (let i = 0; i < sampleNearest.length; i++) if ((sampleNearest[i] as number) < threshold2) memorized++;
  return { share: memorized / sampleNearest.length, typicalDistance, threshold };
}

/**
 * out[i] = min_j ‖q_i − r_j‖², the squared distance from each query row to its nearest reference row
 * (brute force; squared, so the inner loop has no sqrt). Returns `out`.
 */
export function nearestSquaredDistances(
  queries: FloatArray,
  reference: FloatArray,
  dim: number,
  out: Float64Array,
): Float64Array {
  const nq = rowCount(queries, dim, "queries");
  rowCount(reference, dim, "reference set"); // only checks the shape: the loops run to its end
  if (out.length !== nq) throw new RangeError(`out holds ${out.length} values for ${nq} queries`);
  // Point clouds are the live case (2000 × 2000 per readout); unrolling their two coordinates runs over
  // 2× faster than the general loop in V8.
  return dim === 2 ? nearest2d(queries, reference, out) : nearestAnyDim(queries, reference, dim, out);
}

function nearest2d(queries: FloatArray, reference: FloatArray, out: Float64Array): Float64Array {
  const end = reference.length;
  for (let i = 0; i < out.length; i++) {
    const x = queries[2 * i] as number;
    const y = queries[2 * i + 1] as number;
    let best = Infinity;
    for (let k = 0; k < end; k += 2) {
      const dx = x - (reference[k] as number);
      const dy = y - (reference[k + 1] as number);
      const d2 = dx * dx + dy * dy;
      if (d2 < best) best = d2;
    }
    out[i] = best;
  }
  return out;
}

function nearestAnyDim(
  queries: FloatArray,
  reference: FloatArray,
  dim: number,
  out: Float64Array,
): Float64Array {
  const end = reference.length;
  for (let i = 0, qRow = 0; i < out.length; i++, qRow += dim) {
    let best = Infinity;
    for (let rRow = 0; rRow < end; rRow += dim) {
      let d2 = 0;
      for (let c = 0; c < dim; c++) {
        const diff = (queries[qRow + c] as number) - (reference[rRow + c] as number);
        d2 += diff * diff;
      }
      if (d2 < best) best = d2;
    }
    out[i] = best;
  }
  return out;
}

/** Median of a sorted non-empty array (mean of the middle two for an even count). */
function median(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
