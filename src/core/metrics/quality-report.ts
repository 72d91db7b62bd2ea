import type { FloatArray } from "../arrays";
import { slicedWasserstein, type SlicedWassersteinOptions } from "./sliced-wasserstein";

/**
 * The recipe's quality target: samples count as good when their distance to held-out data is within this
 * many times the data's own floor (see qualityReport).
 */
export const QUALITY_TARGET_RATIO = 2;

/** How far generated samples are from held-out data, next to how far the data is from itself. */
export interface QualityReport {
  /** SW2(samples, held-out). */
  readonly distance: number;
  /** SW2(train, held-out): what a generator emitting fresh draws from the data would score. */
  readonly floor: number;
  /** distance / floor; 1 when both are 0, Infinity when only the floor is 0. */
  readonly ratio: number;
}

/**
 * Scores samples against held-out data by SW2 and puts the number on the data's own scale: two finite
 * draws from one distribution are never at distance 0, so the floor SW2(train, held-out) is what a
 * perfect generator scores, and ratio = distance/floor reads "within 2× of the floor" regardless of the
 * dataset's size or spread. The floor's sampling noise matches the samples' only when there are about as
 * many samples as training points. Both distances use the same directions (same seed), so the ratio does not
 * also carry the difference between two sets of random directions.
 */
export function qualityReport(
  samples: FloatArray,
  heldOut: FloatArray,
  train: FloatArray,
  dim: number,
  options: SlicedWassersteinOptions = {},
): QualityReport {
  const distance = slicedWasserstein(samples, heldOut, dim, options);
  const floor = slicedWasserstein(train, heldOut, dim, options);
  // A zero floor means train and held-out are the same empirical distribution: matching it exactly is
  // as good as it gets (1), and any distance at all is infinitely worse than it.
  const ratio = floor > 0 ? distance / floor : distance > 0 ? Infinity : 1;
  return { distance, floor, ratio };
}
