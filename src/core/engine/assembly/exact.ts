/**
 * The exact denoiser's inner loop (src/core/predictors/exact.ts), four data points at a time: for one x_t
 * and the window lo…hi−1 of the sorted data, the softmax weights w_j ∝ exp(−‖x_t − √ᾱ·x0_j‖²/(2(1 − ᾱ)))
 * and the weighted mean of x_t − √ᾱ·x0_j, which is √(1 − ᾱ)·ε̂. Two passes: the squared distances and
 * the nearest, then the weights relative to the nearest (log-sum-exp) and the sums. The weights are powers
 * of 2, so the caller hands in base-2 factors: sharpness2 = sharpness·log₂e and lowest2 = −cutoff·log₂e.
 * Weights whose logit lies more than the cutoff below the largest are set to zero, as the TypeScript
 * denoiser skips them: that keeps their products out of float32's subnormal range, where x86 arithmetic
 * slows down many times over.
 *
 * Float32 throughout, made accurate enough by an anchor: differences are taken as
 * (x_t − √ᾱ·a) − √ᾱ·(x0_j − a) with a = x_t/√ᾱ rounded to float32 and the first bracket computed in float64
 * by the caller. The points that carry weight lie near a, so x0_j − a is small and exact, and the rounding
 * of √ᾱ·x0_j (about 1e-7 of |x0|), which the sharp softmax at small noise would amplify, never happens.
 *
 * Both kernels take: `columns`, holding coordinate k of sorted row r at columns + 4(k·stride + r), with
 * stride ≥ count + 3 so the last group of four may read past hi (those lanes get distance +∞, weight 0);
 * `query` = x_t − √ᾱ·a and `anchor` = a (float32 each); `scratch` with room for hi − lo + 3 floats (three
 * such blocks for the 2-D kernel, `stride` floats apart); and `out` for the dim float64 results. x_t must be finite (pmin, used for speed, would pass over a NaN).
 * They return false when no distance is finite in float32, else true.
 */
import { exp2Of4 } from "./vector-math";

const LANES = i32x4(0, 1, 2, 3);

/** The distances of the last, partial group: +∞ in the lanes at or past hi. */
function maskPastEnd(distance: v128, j: i32, hi: i32): v128 {
  const inside = i32x4.lt_s(i32x4.add(LANES, i32x4.splat(j)), i32x4.splat(hi));
  return v128.bitselect(distance, f32x4.splat(Infinity), inside);
}

/** The smallest of four lanes. */
function smallest(v: v128): f32 {
  return min(
    min(f32x4.extract_lane(v, 0), f32x4.extract_lane(v, 1)),
    min(f32x4.extract_lane(v, 2), f32x4.extract_lane(v, 3)),
  );
}

/** The sum of four lanes, in float64. */
function total(v: v128): f64 {
  return (
    <f64>f32x4.extract_lane(v, 0) +
    <f64>f32x4.extract_lane(v, 1) +
    <f64>f32x4.extract_lane(v, 2) +
    <f64>f32x4.extract_lane(v, 3)
  );
}

/**
 * The weights 2^y, y = sharpness2·(nearest − d²), of four squared distances; zero where y < lowest2, which
 * also covers the lanes whose y is past exp2Of4's range or NaN (distance +∞).
 */
function weights(distance: v128, nearest: v128, sharpness2: v128, lowest2: v128): v128 {
  const y = f32x4.mul(sharpness2, f32x4.sub(nearest, distance));
  return v128.andnot(exp2Of4(y), f32x4.lt(y, lowest2));
}

/**
 * The kernel for points in the plane, the common case: the first pass keeps each point's difference
 * x_t − √ᾱ·x0_j as well as its squared length (scratch holds three blocks of `stride` floats: d², dx,
 * dy), so the weighted pass only loads, weighs and adds, with few enough live vectors to stay in registers.
 */
export function posteriorOffset2D(
  columns: usize,
  stride: i32,
  query: usize,
  anchor: usize,
  signal: f32,
  sharpness2: f32,
  lowest2: f32,
  lo: i32,
  hi: i32,
  scratch: usize,
  out: usize,
): bool {
  const block = (<usize>stride) << 2;
  const xs = columns;
  const ys = columns + block;
  const s = f32x4.splat(signal);
  const qx = v128.load32_splat(query);
  const qy = v128.load32_splat(query, 4);
  const ax = v128.load32_splat(anchor);
  const ay = v128.load32_splat(anchor, 4);
  const full = lo + ((hi - lo) & ~3);
  let nearest4 = f32x4.splat(Infinity);
  for (let j = lo; j < hi; j += 4) {
    const at = (<usize>j) << 2;
    const dx = f32x4.sub(qx, f32x4.mul(s, f32x4.sub(v128.load(xs + at), ax)));
    const dy = f32x4.sub(qy, f32x4.mul(s, f32x4.sub(v128.load(ys + at), ay)));
    let distance = f32x4.add(f32x4.mul(dx, dx), f32x4.mul(dy, dy));
    if (j >= full) distance = maskPastEnd(distance, j, hi);
    const kept = scratch + ((<usize>(j - lo)) << 2);
    v128.store(kept, distance);
    v128.store(kept + block, dx);
    v128.store(kept + 2 * block, dy);
    nearest4 = f32x4.pmin(nearest4, distance);
  }
  const nearest = smallest(nearest4);
  if (nearest == Infinity) return false;
  const closest = f32x4.splat(nearest);
  const sharp = f32x4.splat(sharpness2);
  const lowest = f32x4.splat(lowest2);
  let weightSum = f32x4.splat(0);
  let sumX = f32x4.splat(0);
  let sumY = f32x4.splat(0);
  const end = scratch + ((<usize>(hi - lo)) << 2);
  for (let kept = scratch; kept < end; kept += 16) {
    const w = weights(v128.load(kept), closest, sharp, lowest);
    weightSum = f32x4.add(weightSum, w);
    sumX = f32x4.add(sumX, f32x4.mul(w, v128.load(kept + block)));
    sumY = f32x4.add(sumY, f32x4.mul(w, v128.load(kept + 2 * block)));
  }
  const weight = total(weightSum);
  store<f64>(out, total(sumX) / weight);
  store<f64>(out, total(sumY) / weight, 8);
  return true;
}

/** The kernel for any number of coordinates: distances summed coordinate by coordinate, then the sums. */
export function posteriorOffset(
  columns: usize,
  stride: i32,
  dim: i32,
  query: usize,
  anchor: usize,
  signal: f32,
  sharpness2: f32,
  lowest2: f32,
  lo: i32,
  hi: i32,
  scratch: usize,
  out: usize,
): bool {
  const columnBytes = (<usize>stride) << 2;
  const s = f32x4.splat(signal);
  const full = lo + ((hi - lo) & ~3);
  let nearest4 = f32x4.splat(Infinity);
  for (let j = lo; j < hi; j += 4) {
    let distance = f32x4.splat(0);
    for (let k = 0; k < dim; k++) {
      const x0 = v128.load(columns + <usize>k * columnBytes + ((<usize>j) << 2));
      const offset = f32x4.sub(x0, v128.load32_splat(anchor + ((<usize>k) << 2)));
      const diff = f32x4.sub(v128.load32_splat(query + ((<usize>k) << 2)), f32x4.mul(s, offset));
      distance = f32x4.add(distance, f32x4.mul(diff, diff));
    }
    if (j >= full) distance = maskPastEnd(distance, j, hi);
    v128.store(scratch + ((<usize>(j - lo)) << 2), distance);
    nearest4 = f32x4.pmin(nearest4, distance);
  }
  const nearest = smallest(nearest4);
  if (nearest == Infinity) return false;
  const closest = f32x4.splat(nearest);
  const sharp = f32x4.splat(sharpness2);
  const lowest = f32x4.splat(lowest2);
  let weightSum = f32x4.splat(0);
  for (let j = lo; j < hi; j += 4) {
    const at = scratch + ((<usize>(j - lo)) << 2);
    const w = weights(v128.load(at), closest, sharp, lowest);
    v128.store(at, w);
    weightSum = f32x4.add(weightSum, w);
  }
  const weight = total(weightSum);
  for (let k = 0; k < dim; k++) {
    const column = columns + <usize>k * columnBytes;
    const a = v128.load32_splat(anchor + ((<usize>k) << 2));
    const q = v128.load32_splat(query + ((<usize>k) << 2));
    let sum = f32x4.splat(0);
    for (let j = lo; j < hi; j += 4) {
      const diff = f32x4.sub(q, f32x4.mul(s, f32x4.sub(v128.load(column + ((<usize>j) << 2)), a)));
      sum = f32x4.add(sum, f32x4.mul(v128.load(scratch + ((<usize>(j - lo)) << 2)), diff));
    }
    store<f64>(out + ((<usize>k) << 3), total(sum) / weight);
  }
  return true;
}
