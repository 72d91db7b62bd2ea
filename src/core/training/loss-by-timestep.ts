import { forwardSample } from "../forward";
import type { NoisePredictor } from "../predictors/predictor";
import { fillNormal, makeRng } from "../rng";
import type { Schedule } from "../schedule";
import { timestep } from "../timestep";
import { noiseMse } from "../losses";

/**
 * The noise-prediction MSE of a predictor at chosen timesteps, on a fixed batch of data and noise, so that
 * curves from different predictors and training moments are comparable. Any predictor works: the exact
 * denoiser's curve is the floor a trained network can approach.
 */
export function lossByTimestep(
  schedule: Schedule,
  predictor: NoisePredictor,
  x0: Float32Array,
  timesteps: readonly number[],
  seed: number,
): number[] {
  const eps = fillNormal(makeRng(seed, "loss-by-timestep"), new Float32Array(x0.length));
  const xt = new Float32Array(x0.length);
  const epsHat = new Float32Array(x0.length);
  const t = new Int32Array(x0.length / predictor.dim);
  return timesteps.map((tt) => {
    forwardSample(schedule, timestep(tt, schedule.T), x0, eps, xt);
    predictor.predict(xt, t.fill(tt), epsHat);
    return noiseMse(eps, epsHat);
  });
}

/** `count` timesteps spread evenly over 1..T (all of them when T ≤ count). */
export function spreadTimesteps(T: number, count: number): number[] {
  const n = Math.min(T, count);
  return Array.from({ length: n }, (_, i) => Math.max(1, Math.round(((i + 1) * T) / n)));
}
