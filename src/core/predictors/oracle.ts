import type { Schedule } from "../schedule";
import { checkBatch, type NoisePredictor } from "./predictor";

/**
 * The true noise, recovered from the clean data each row came from: ε = (x_t − √ᾱ_t·x_0)/√(1 − ᾱ_t).
 * With it the reverse process retraces the posterior mean exactly; it shows what a perfect predictor does
 * in a reconstruction demo. Where no noise has been added (ᾱ_t = 1) it predicts 0.
 */
export class OraclePredictor implements NoisePredictor {
  constructor(
    private readonly schedule: Schedule,
    /** The clean x_0 of each row, in the same order as the x_t passed to `predict`. */
    private readonly x0: Float32Array,
    readonly dim: number,
  ) {}

  predict(xt: Float32Array, t: Int32Array, out: Float32Array): void {
    checkBatch(this.dim, xt, t, out);
    if (xt.length !== this.x0.length)
      throw new RangeError("the oracle predicts only for the rows it knows x_0 of");
    const { dim, x0, schedule } = this;
    for (let i = 0; i < t.length; i++) {
      const ti = (t[i] as number) - 1;
      const noiseStd = schedule.sqrtOneMinusAlphaBars[ti] as number;
      const signal = schedule.sqrtAlphaBars[ti] as number;
      for (let k = i * dim; k < (i + 1) * dim; k++) {
        out[k] = noiseStd > 0 ? ((xt[k] as number) - signal * (x0[k] as number)) / noiseStd : 0;
      }
    }
  }
}
