import { type FloatArray, pointCount } from "./arrays";
import { gaussianKl, gaussianLogPdf, standardNormalInterval } from "./gaussian";
import { isUndefined, type Maybe, undefinedBecause } from "./maybe";
import { posteriorCoefficients } from "./posterior";
import { reverseCoefficients, reverseVariance, type ReverseVariance } from "./reverse";
import type { Schedule } from "./schedule";
import { index, timestep, type Timestep } from "./timestep";

/**
 * The terms of the variational bound L = L_T + Σ_{t≥2} L_{t−1} + L_0 (Ho et al. 2020, eq. 5), in nats,
 * summed over a point's coordinates and averaged over N points of `dim` values.
 */

/** How x_0 is scored at the last step: a plain Gaussian density, or its mass on 8-bit pixel bins. */
export type Decoder = "gaussian" | "discretized";

/** Half the width of one of the 256 bins of data scaled to [−1, 1] (Ho et al. eq. 13). */
const HALF_BIN = 1 / 255;
/** Probabilities are floored here before the log, so an impossible pixel scores a large finite loss. */
const MIN_PROBABILITY = 1e-12;

/** L_T = KL(q(x_T | x_0) ‖ N(0, I)): how far the last step is from pure noise. Infinite while ᾱ_T = 1. */
export function priorKl(schedule: Schedule, x0: FloatArray, dim: number): number {
  const i = schedule.T - 1;
  const scale = schedule.sqrtAlphaBars[i] as number;
  const variance = schedule.oneMinusAlphaBars[i] as number;
  let sum = 0;
  for (let k = 0; k < x0.length; k++) sum += gaussianKl(scale * (x0[k] as number), variance, 0, 1) as number;
  return sum / pointCount(x0.length, dim);
}

/** L_{t−1} = KL(q(x_{t−1} | x_t, x_0) ‖ p_θ(x_{t−1} | x_t)) for t ≥ 2, with p_θ's mean from ε̂. */
export function transitionKl(
  schedule: Schedule,
  t: Timestep,
  x0: FloatArray,
  xt: FloatArray,
  epsHat: FloatArray,
  variance: ReverseVariance,
  dim: number,
): Maybe<number> {
  if (t < 2) throw new RangeError("L_{t−1} is defined for t ≥ 2; t = 1 is the decoder term L_0");
  const model = reverseCoefficients(schedule, t, variance);
  if (isUndefined(model)) return model;
  const q = posteriorCoefficients(schedule, t);
  const modelVariance = reverseVariance(schedule, t, variance);
  let sum = 0;
  for (let k = 0; k < x0.length; k++) {
    const x = xt[k] as number;
    const muTilde = q.x0 * (x0[k] as number) + q.xt * x;
    const muTheta = model.invSqrtAlpha * (x - model.epsScale * (epsHat[k] as number));
    const kl = gaussianKl(muTilde, q.variance, muTheta, modelVariance);
    if (isUndefined(kl)) return kl;
    sum += kl;
  }
  return sum / pointCount(x0.length, dim);
}

/**
 * L_0 = −log p_θ(x_0 | x_1), with the decoder N(μ_θ(x_1, 1), β_1·I). We use β_1 (not β̃_1, which is 0) as
 * the decoder variance. "discretized" expects data in [−1, 1] and scores the mass of each 8-bit bin.
 */
export function decoderNll(
  schedule: Schedule,
  x0: FloatArray,
  x1: FloatArray,
  epsHat: FloatArray,
  decoder: Decoder,
  dim: number,
): Maybe<number> {
  const t1 = timestep(1, schedule.T);
  const model = reverseCoefficients(schedule, t1, "beta");
  if (isUndefined(model)) return model;
  const variance = schedule.betas[index(t1)] as number;
  if (!(variance > 0))
    return undefinedBecause("β_1 = 0: the decoder is a point mass, its density is not defined");
  const sigma = Math.sqrt(variance);
  let sum = 0;
  for (let k = 0; k < x0.length; k++) {
    const x = x0[k] as number;
    const mu = model.invSqrtAlpha * ((x1[k] as number) - model.epsScale * (epsHat[k] as number));
    if (decoder === "gaussian") {
      sum -= gaussianLogPdf(x, mu, variance);
    } else {
      // The outermost bins reach to ±∞, so the decoder's mass sums to one.
      const lower = x <= -1 + HALF_BIN ? -Infinity : (x - HALF_BIN - mu) / sigma;
      const upper = x >= 1 - HALF_BIN ? Infinity : (x + HALF_BIN - mu) / sigma;
      sum -= Math.log(Math.max(standardNormalInterval(lower, upper), MIN_PROBABILITY));
    }
  }
  return sum / pointCount(x0.length, dim);
}
