import { expNonPositive } from "../fast-exp";
import type { Schedule } from "../schedule";
import { checkBatch, type NoisePredictor } from "./predictor";

/**
 * Data points whose softmax weight is below this fraction of the largest are skipped: even all of them
 * together move E[x0 | x_t] by less than float32's resolution. At low noise only points near x_t are visited.
 */
const NEGLIGIBLE_MASS = 1e-8;
/** Relative padding of the pruning window, far above the rounding of the distances that set it. */
const WINDOW_SLACK = 1e-9;

/** The data sorted along their widest coordinate, column by column: coordinate k of row r at k·count + r. */
export interface SortedData {
  readonly columns: Float64Array;
  readonly count: number;
  readonly dim: number;
}

/**
 * The inner loop over a window of the sorted data: writes E[x0 | x_t] = Σ_j w_j·x0_j over rows lo…hi−1, with
 * w_j ∝ exp(−sharpness·‖x_t − signal·x0_j‖²), into `mean` (weights more than `logitCutoff` below the
 * largest may be skipped: together they weigh under NEGLIGIBLE_MASS); returns false instead when no distance is finite (a NaN or infinite x_t). x_t is the row
 * at `base` of `xt`. ExactDenoiser's own loop is the reference; the SIMD engine brings its own
 * (src/core/engine/wasm-exact.ts).
 */
export type WindowMean = (
  xt: Float32Array,
  base: number,
  lo: number,
  hi: number,
  signal: number,
  sharpness: number,
  mean: Float64Array,
) => boolean;

/** Builds a WindowMean over these data for this cutoff. */
export type WindowMeanFactory = (data: SortedData, logitCutoff: number) => WindowMean;

/**
 * The optimal (minimum-MSE) noise predictor for an empirical data set {x0_j}: the posterior over training
 * points is q(x0_j | x_t) ∝ exp(−‖x_t − √ᾱ_t·x0_j‖²/(2(1 − ᾱ_t))), the best guess of x_0 is E[x0 | x_t] = Σ_j w_j·x0_j, and
 * ε̂ = (x_t − √ᾱ_t·E[x0 | x_t])/√(1 − ᾱ_t). It needs no training, and samples drawn with it reproduce
 * training points exactly: memorization made visible.
 *
 * Speed: the data are sorted along their widest coordinate, so a point whose distance along that axis alone
 * puts its logit a cutoff below a known one is never visited (binary search for the range); within the
 * range, distances, weights and sums are separate tight passes, with a fast exponential.
 */
export class ExactDenoiser implements NoisePredictor {
  private readonly count: number;
  /** The coordinate with the widest spread, along which the data are sorted. */
  private readonly axis: number;
  /**
   * The sorted data column by column (coordinate k of row r at k·count + r): every pass below is a tight
   * loop over contiguous memory, with no loop over coordinates inside the loop over data points.
   */
  private readonly columns: Float64Array;
  private readonly dataMean: Float64Array;
  /** Per data point: the squared distance to the query, then its softmax weight. */
  private readonly scratch: Float64Array;
  private readonly mean: Float64Array;
  /** An engine's inner loop, or null for the TypeScript one below. */
  private readonly windowMean: WindowMean | null;
  /** Logits this far below the largest carry a weight of at most NEGLIGIBLE_MASS/count each. */
  private readonly logitCutoff: number;

  /** `windowMean` is an engine's inner loop; without it the TypeScript one runs. */
  constructor(
    private readonly schedule: Schedule,
    data: Float32Array,
    readonly dim: number,
    windowMean?: WindowMeanFactory,
  ) {
    const count = data.length / dim;
    if (!Number.isInteger(count) || count < 1) {
      throw new RangeError(`the exact denoiser needs at least one ${dim}-vector of data`);
    }
    this.count = count;
    this.axis = widestCoordinate(data, dim);
    const order = Array.from({ length: count }, (_, j) => j).sort(
      (a, b) => (data[a * dim + this.axis] as number) - (data[b * dim + this.axis] as number),
    );
    this.columns = new Float64Array(data.length);
    this.dataMean = new Float64Array(dim);
    order.forEach((j, r) => {
      for (let k = 0; k < dim; k++) {
        const value = data[j * dim + k] as number;
        this.columns[k * count + r] = value;
        this.dataMean[k] = (this.dataMean[k] as number) + value / count;
      }
    });
    this.scratch = new Float64Array(count);
    this.mean = new Float64Array(dim);
    this.logitCutoff = Math.log(count / NEGLIGIBLE_MASS);
    this.windowMean = windowMean ? windowMean({ columns: this.columns, count, dim }, this.logitCutoff) : null;
  }

  predict(xt: Float32Array, t: Int32Array, out: Float32Array): void {
    checkBatch(this.dim, xt, t, out);
    for (let i = 0; i < t.length; i++) this.predictRow(xt, i, (t[i] as number) - 1, out);
  }

  /** ε̂ for row i at array position ti (timestep ti + 1). */
  private predictRow(xt: Float32Array, i: number, ti: number, out: Float32Array): void {
    const { dim } = this;
    const base = i * dim;
    const noiseVar = this.schedule.oneMinusAlphaBars[ti] as number;
    if (noiseVar === 0) {
      out.fill(0, base, base + dim); // no noise has been added yet: there is none to predict
      return;
    }
    const signal = this.schedule.sqrtAlphaBars[ti] as number;
    // With no signal left the posterior is the prior: E[x0 | x_t] is the data mean.
    const mean = signal > 0 ? this.posteriorMean(xt, base, signal, noiseVar) : this.dataMean;
    const noiseStd = Math.sqrt(noiseVar);
    for (let k = 0; k < dim; k++) {
      out[base + k] = ((xt[base + k] as number) - signal * (mean[k] as number)) / noiseStd;
    }
  }

  /**
   * E[x0 | x_t] for the row at `base`, where a data point's logit is −‖x_t − √ᾱ·x0_j‖²/(2(1 − ᾱ)).
   * Distances are taken in x_t's own space (never divided by √ᾱ), so a tiny ᾱ cannot overflow them.
   */
  private posteriorMean(xt: Float32Array, base: number, signal: number, noiseVar: number): Float64Array {
    const { dim, count, columns, mean, axis, logitCutoff } = this;
    const keys = columns.subarray(axis * count, (axis + 1) * count);
    const sharpness = 1 / (2 * noiseVar);
    const x = xt[base + axis] as number;
    // Any data point bounds the largest logit from below; the one nearest along the axis is a good one.
    const start = Math.min(lowerBound(keys, x / signal), count - 1);
    let startDistance = 0;
    for (let k = 0; k < dim; k++) {
      startDistance += ((xt[base + k] as number) - signal * (columns[k * count + start] as number)) ** 2;
    }
    // A point further than `reach` from x_t along the axis alone has a logit more than the cutoff below that
    // bound. The window is padded against rounding and always holds the start point, so it is never empty.
    const reach =
      Math.sqrt(startDistance + logitCutoff / sharpness) * (1 + WINDOW_SLACK) + WINDOW_SLACK * Math.abs(x);
    const lo = Math.min(lowerBound(keys, (x - reach) / signal), start);
    const hi = Math.max(lowerBound(keys, (x + reach) / signal), start + 1);
    const found = this.windowMean
      ? this.windowMean(xt, base, lo, hi, signal, sharpness, mean)
      : this.referenceWindowMean(xt, base, lo, hi, signal, sharpness);
    // An infinite or NaN x_t leaves no finite distance: fall back to the prior rather than produce NaN.
    return found ? mean : this.dataMean;
  }

  /** The reference WindowMean: distances, weights relative to the nearest point, then weighted sums. */
  private referenceWindowMean(
    xt: Float32Array,
    base: number,
    lo: number,
    hi: number,
    signal: number,
    sharpness: number,
  ): boolean {
    const { dim, count, columns, scratch, mean, logitCutoff } = this;
    scratch.fill(0, lo, hi);
    for (let k = 0; k < dim; k++) {
      const value = xt[base + k] as number;
      const col = k * count;
      for (let j = lo; j < hi; j++) {
        const d = value - signal * (columns[col + j] as number);
        scratch[j] = (scratch[j] as number) + d * d;
      }
    }
    let nearest = Infinity;
    for (let j = lo; j < hi; j++) nearest = Math.min(nearest, scratch[j] as number);
    if (!Number.isFinite(nearest)) return false;
    // Weights relative to the nearest point (log-sum-exp), skipping the negligible ones.
    const far = nearest + logitCutoff / sharpness;
    let total = 0;
    for (let j = lo; j < hi; j++) {
      const d2 = scratch[j] as number;
      const w = d2 > far ? 0 : expNonPositive(-sharpness * (d2 - nearest));
      scratch[j] = w;
      total += w;
    }
    for (let k = 0; k < dim; k++) {
      const col = k * count;
      let sum = 0;
      for (let j = lo; j < hi; j++) sum += (scratch[j] as number) * (columns[col + j] as number);
      mean[k] = sum / total;
    }
    return true;
  }
}

/** The first index whose key is ≥ value (keys ascending). */
function lowerBound(keys: Float64Array, value: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The coordinate along which the data spread widest (max − min). */
function widestCoordinate(data: Float32Array, dim: number): number {
  let axis = 0;
  let widest = -1;
  for (let k = 0; k < dim; k++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = k; j < data.length; j += dim) {
      lo = Math.min(lo, data[j] as number);
      hi = Math.max(hi, data[j] as number);
    }
    if (hi - lo > widest) [axis, widest] = [k, hi - lo];
  }
  return axis;
}
