/**
 * Marginal histograms of a point cloud, binned into caller-owned counts so playback allocates nothing.
 * Heights are densities on a fixed scale (not rescaled per frame), so the bars can be compared over t
 * and against the N(0, 1) density drawn beside them.
 */

/** The density a full-height bar stands for: N(0, 1) peaks at 0.399, so it fills 40% of the strip. */
export const HISTOGRAM_MAX_DENSITY = 1;

/**
 * Counts coordinate `axis` of each `dim`-valued row of `values` into equal bins over [lo, hi); values
 * outside are not counted. Returns how many values were counted.
 */
export function binAxis(
  values: Float32Array,
  dim: number,
  axis: number,
  lo: number,
  hi: number,
  counts: Float64Array,
): number {
  counts.fill(0);
  const bins = counts.length;
  const perUnit = bins / (hi - lo);
  let counted = 0;
  for (let i = axis; i < values.length; i += dim) {
    const bin = Math.floor(((values[i] as number) - lo) * perUnit);
    if (bin >= 0 && bin < bins) {
      counts[bin] = (counts[bin] as number) + 1;
      counted++;
    }
  }
  return counted;
}

/** The standard normal density, the marginal every axis approaches as t → T. */
export const standardNormalDensity = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

/** A bar's height as a fraction of the strip: count → density (per unit, over all n samples), capped at 1. */
export function barFraction(count: number, total: number, binWidth: number): number {
  if (total <= 0) return 0;
  return Math.min(1, count / (total * binWidth) / HISTOGRAM_MAX_DENSITY);
}
