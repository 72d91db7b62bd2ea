import { type FloatArray, pointCount, sumSquaredDiff } from "./arrays";
import { isUndefined, type Maybe, undefinedBecause } from "./maybe";
import { predictX0 } from "./reverse";
import type { Schedule } from "./schedule";
import { index, type Timestep } from "./timestep";

/**
 * The losses a DDPM can be trained on (Ho et al. 2020, section 3.2). Each takes flat arrays of N points of
 * `dim` values; sums run over a point's coordinates and means over points, as in the paper's ‖·‖².
 */

/** L_simple = mean((ε − ε̂)²) over every coordinate (Ho et al. eq. 14, as implemented). */
export function noiseMse(eps: ArrayLike<number>, epsHat: ArrayLike<number>): number {
  return eps.length === 0 ? 0 : sumSquaredDiff(eps, epsHat) / eps.length;
}

/** mean((x_0 − x̂_0)²), with x̂_0 reconstructed from x_t and ε̂; undefined where ᾱ_t = 0. */
export function reconstructionLoss(
  schedule: Schedule,
  t: Timestep,
  x0: FloatArray,
  xt: FloatArray,
  epsHat: FloatArray,
): Maybe<number> {
  const x0Hat = predictX0(schedule, t, xt, epsHat, new Float64Array(x0.length));
  return isUndefined(x0Hat) ? x0Hat : noiseMse(x0, x0Hat);
}

/** L_{t−1} up to a constant: ‖μ̃_t − μ_θ‖²/(2σ_t²) (Ho et al. eq. 8); undefined for σ_t² = 0. */
export function meanLoss(
  muTilde: ArrayLike<number>,
  muTheta: ArrayLike<number>,
  sigma2: number,
  dim = muTilde.length,
): Maybe<number> {
  if (!(sigma2 > 0))
    return undefinedBecause("σ_t² = 0: p_θ(x_{t−1}|x_t) is a point mass, the ratio diverges");
  return sumSquaredDiff(muTilde, muTheta) / (2 * sigma2) / pointCount(muTilde.length, dim);
}

/**
 * The weight β_t²/(2σ_t²·α_t·(1 − ᾱ_t)) that turns ‖ε − ε̂‖² into the mean loss (Ho et al. eq. 12).
 * Undefined where σ_t² = 0, α_t = 0 (β_t = 1) or 1 − ᾱ_t = 0 (no noise yet).
 */
export function elboNoiseWeight(schedule: Schedule, t: Timestep, sigma2: number): Maybe<number> {
  const i = index(t);
  const beta = schedule.betas[i] as number;
  const alpha = schedule.alphas[i] as number;
  const noise = schedule.oneMinusAlphaBars[i] as number;
  if (!(sigma2 > 0)) return undefinedBecause("σ_t² = 0: the weight divides by zero");
  if (alpha === 0) return undefinedBecause(`α_${t} = 0 (β_${t} = 1): the weight divides by zero`);
  if (noise === 0) return undefinedBecause(`1 − ᾱ_${t} = 0: no noise has been added yet`);
  return (beta * beta) / (2 * sigma2 * alpha * noise);
}

/** The ELBO-weighted noise loss: weight·‖ε − ε̂‖², equal to the mean loss for the same x_t. */
export function weightedNoiseLoss(
  schedule: Schedule,
  t: Timestep,
  eps: ArrayLike<number>,
  epsHat: ArrayLike<number>,
  sigma2: number,
  dim = eps.length,
): Maybe<number> {
  const weight = elboNoiseWeight(schedule, t, sigma2);
  if (isUndefined(weight)) return weight;
  return (weight * sumSquaredDiff(eps, epsHat)) / pointCount(eps.length, dim);
}
