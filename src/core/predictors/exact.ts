import { expNonPositive } from "../fast-exp";
import type { Schedule } from "../schedule";
import { checkBatch, type NoisePredictor } from "./predictor";

/**
 * Data points whose softmax weight is below this fraction of the largest are skipped: even all of them
 * together move E[x0 | x_t] by less than float32's resolution. At low noise only points near x_t are visited.
 */
const NEGLIGIBLE_MASS = 1e-8;

/**
 * The optimal (minimum-MSE) noise predictor for an empirical data set {x0_j}: the posterior over training
 * points is q(x0_j | x_t) ∝ exp(−‖x_t − √ᾱ_t·x0_j‖²/(2(1 − ᾱ_t))) = exp(−ᾱ_t·‖q − x0_j‖²/(2(1 − ᾱ_t)))
 * with q = x_t/√ᾱ_t, the best guess of x_0 is E[x0 | x_t] = Σ_j w_j·x0_j, and
 * ε̂ = (x_t − √ᾱ_t·E[x0 | x_t])/√(1 − ᾱ_t). It needs no training, and samples drawn with it reproduce
 * training points exactly: memorization made visible.
 *
 * Speed: the data are sorted along their widest coordinate, so a point whose distance along that axis alone
 * puts its logit a cutoff below a known one is never visited (binary search for the range); the softmax
 * is accumulated online (log-sum-exp with a running maximum) with a fast exponential.
 */
export class ExactDenoiser implements NoisePredictor {
  private readonly count: number;
  /** The coordinate with the widest spread, along which the data are sorted. */
  private readonly axis: number;
  /** Data rows sorted by their `axis` coordinate, row-major. */
  private readonly sorted: Float64Array;
  /** The `axis` coordinate of each sorted row. */
  private readonly keys: Float64Array;
  private readonly dataMean: Float64Array;
  private readonly query: Float64Array;
  private readonly weighted: Float64Array;
  /** Logits this far below the largest carry a weight of at most NEGLIGIBLE_MASS/count each. */
  private readonly logitCutoff: number;

  constructor(
    private readonly schedule: Schedule,
    data: Float32Array,
    readonly dim: number,
  ) {
    this.count = data.length / dim;
    if (!Number.isInteger(this.count) || this.count < 1) {
      throw new RangeError(`the exact denoiser needs at least one ${dim}-vector of data`);
    }
    this.axis = widestCoordinate(data, dim);
    const order = Array.from({ length: this.count }, (_, j) => j).sort(
      (a, b) => (data[a * dim + this.axis] as number) - (data[b * dim + this.axis] as number),
    );
    this.sorted = new Float64Array(data.length);
    order.forEach((j, r) => this.sorted.set(data.subarray(j * dim, (j + 1) * dim), r * dim));
    this.keys = Float64Array.from(order, (j) => data[j * dim + this.axis] as number);
    this.dataMean = new Float64Array(dim);
    for (let j = 0; j < data.length; j++)
      this.dataMean[j % dim] = (this.dataMean[j % dim] as number) + (data[j] as number) / this.count;
    this.query = new Float64Array(dim);
    this.weighted = new Float64Array(dim);
    this.logitCutoff = Math.log(this.count / NEGLIGIBLE_MASS);
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
    const mean =
      signal > 0 ? this.posteriorMean(xt, base, (signal * signal) / (2 * noiseVar), signal) : this.dataMean;
    const noiseStd = Math.sqrt(noiseVar);
    for (let k = 0; k < dim; k++) {
      out[base + k] = ((xt[base + k] as number) - signal * (mean[k] as number)) / noiseStd;
    }
  }

  /** E[x0 | x_t] for the row at `base`, where a data point's logit is −sharpness·‖q − x0_j‖². */
  private posteriorMean(xt: Float32Array, base: number, sharpness: number, signal: number): Float64Array {
    const { dim, sorted, keys, query, weighted, axis, logitCutoff } = this;
    for (let k = 0; k < dim; k++) query[k] = (xt[base + k] as number) / signal;
    const key = query[axis] as number;
    // Any data point's logit bounds the maximum from below; the one nearest along the axis is a good start.
    const start = Math.min(lowerBound(keys, key), this.count - 1);
    let best = -sharpness * this.squaredDistance(start);
    const reach = Math.sqrt((logitCutoff - best) / sharpness);
    const end = lowerBound(keys, key + reach + Number.EPSILON * Math.abs(key + reach));
    let total = 0;
    weighted.fill(0);
    for (let j = lowerBound(keys, key - reach); j < end; j++) {
      const logit = -sharpness * this.squaredDistance(j);
      if (logit > best) {
        const rescale = expNonPositive(best - logit);
        total *= rescale;
        for (let k = 0; k < dim; k++) weighted[k] = (weighted[k] as number) * rescale;
        best = logit;
      }
      if (logit < best - logitCutoff) continue;
      const w = expNonPositive(logit - best);
      total += w;
      for (let k = 0, o = j * dim; k < dim; k++)
        weighted[k] = (weighted[k] as number) + w * (sorted[o + k] as number);
    }
    for (let k = 0; k < dim; k++) weighted[k] = (weighted[k] as number) / total;
    return weighted;
  }

  /** ‖query − sorted row j‖². */
  private squaredDistance(j: number): number {
    const { dim, sorted, query } = this;
    let sum = 0;
    for (let k = 0, o = j * dim; k < dim; k++) {
      const d = (query[k] as number) - (sorted[o + k] as number);
      sum += d * d;
    }
    return sum;
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
