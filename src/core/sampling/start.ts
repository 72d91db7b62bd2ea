import type { FloatArray } from "../arrays";
import { forwardSample } from "../forward";
import type { NoisePredictor } from "../predictors/predictor";
import { fillNormal, makeRng } from "../rng";
import type { Schedule } from "../schedule";
import { timestep } from "../timestep";
import { ReverseSampler, type SamplerSettings } from "./sampler";

/** Generation: n points of x_T ~ N(0, I), walked back to t = 0. Seeded per purpose, so reruns match. */
export function generate(
  schedule: Schedule,
  predictor: NoisePredictor,
  settings: SamplerSettings,
  n: number,
  seed: number,
): ReverseSampler {
  const xT = fillNormal(makeRng(seed, "sampling-start"), new Float32Array(n * predictor.dim));
  return new ReverseSampler(schedule, predictor, settings, xT, schedule.T, makeRng(seed, "sampling-noise"));
}

/** Reconstruction: diffuse real data x_0 to x_tStart with the closed form, then walk back (the homework's demo). */
export function reconstruct(
  schedule: Schedule,
  predictor: NoisePredictor,
  settings: SamplerSettings,
  x0: FloatArray,
  tStart: number,
  seed: number,
): ReverseSampler {
  const eps = fillNormal(makeRng(seed, "reconstruction-noise"), new Float32Array(x0.length));
  const xt = forwardSample(schedule, timestep(tStart, schedule.T), x0, eps, new Float32Array(x0.length));
  return new ReverseSampler(schedule, predictor, settings, xt, tStart, makeRng(seed, "sampling-noise"));
}
