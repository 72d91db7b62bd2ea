import type { Schedule } from "../schedule";
import { checkBatch, type NoisePredictor } from "./predictor";

/**
 * Softmax weights whose logit is this far below the largest are below float64's resolution of the sum
 * (e^−37 ≈ 1e−16), so their exp is skipped: at low noise only a few data points are evaluated.
 */
const LOGIT_CUTOFF = 37;

/**
 * The optimal (minimum-MSE) noise predictor for an empirical data set {x0_j}: since
 * q(x0 = x0_j | x_t) ∝ exp(−‖x_t − √ᾱ_t·x0_j‖²/(2(1 − ᾱ_t))), the best guess of x_0 is the posterior mean
 * E[x0 | x_t] = Σ_j w_j·x0_j, and ε̂ = (x_t − √ᾱ_t·E[x0 | x_t])/√(1 − ᾱ_t). Needs no training, and samples
 * drawn with it reproduce training points exactly: memorization made visible.
 * The ‖x_t‖² term is the same for every j and cancels in the softmax, so the logit is
 * (√ᾱ·⟨x_t, x0_j⟩ − ᾱ·‖x0_j‖²/2)/(1 − ᾱ), computed with log-sum-exp (max subtracted).
 */
export class ExactDenoiser implements NoisePredictor {
  private readonly halfSquaredNorms: Float64Array;
  private readonly logits: Float64Array;
  private readonly mean: Float64Array;
  private readonly count: number;

  constructor(
    private readonly schedule: Schedule,
    private readonly data: Float32Array,
    readonly dim: number,
  ) {
    this.count = data.length / dim;
    if (!Number.isInteger(this.count) || this.count < 1) {
      throw new RangeError(`the exact denoiser needs at least one ${dim}-vector of data`);
    }
    this.halfSquaredNorms = new Float64Array(this.count);
    for (let j = 0; j < this.count; j++) {
      let sq = 0;
      for (let k = 0; k < dim; k++) sq += (data[j * dim + k] as number) ** 2;
      this.halfSquaredNorms[j] = sq / 2;
    }
    this.logits = new Float64Array(this.count);
    this.mean = new Float64Array(dim);
  }

  predict(xt: Float32Array, t: Int32Array, out: Float32Array): void {
    checkBatch(this.dim, xt, t, out);
    for (let i = 0; i < t.length; i++) this.predictRow(xt, i, (t[i] as number) - 1, out);
  }

  /** ε̂ for row i at array position ti (timestep ti + 1). */
  private predictRow(xt: Float32Array, i: number, ti: number, out: Float32Array): void {
    const { dim, data, count, logits, mean, halfSquaredNorms } = this;
    const noiseVar = this.schedule.oneMinusAlphaBars[ti] as number;
    const base = i * dim;
    if (noiseVar === 0) {
      // No noise has been added yet: there is none to predict.
      out.fill(0, base, base + dim);
      return;
    }
    const signal = this.schedule.sqrtAlphaBars[ti] as number;
    const alphaBar = this.schedule.alphaBars[ti] as number;
    let maxLogit = -Infinity;
    for (let j = 0; j < count; j++) {
      let dot = 0;
      for (let k = 0, o = j * dim; k < dim; k++) dot += (xt[base + k] as number) * (data[o + k] as number);
      const logit = (signal * dot - alphaBar * (halfSquaredNorms[j] as number)) / noiseVar;
      logits[j] = logit;
      if (logit > maxLogit) maxLogit = logit;
    }
    mean.fill(0);
    let total = 0;
    const floor = maxLogit - LOGIT_CUTOFF;
    for (let j = 0; j < count; j++) {
      const logit = logits[j] as number;
      if (logit < floor) continue;
      const w = Math.exp(logit - maxLogit);
      total += w;
      for (let k = 0, o = j * dim; k < dim; k++) mean[k] = (mean[k] as number) + w * (data[o + k] as number);
    }
    const noiseStd = Math.sqrt(noiseVar);
    for (let k = 0; k < dim; k++) {
      out[base + k] = ((xt[base + k] as number) - (signal * (mean[k] as number)) / total) / noiseStd;
    }
  }
}
