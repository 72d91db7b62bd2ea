import type { FloatArray } from "./arrays";
import { type Maybe, undefinedBecause } from "./maybe";
import type { Schedule } from "./schedule";
import { index, type Timestep } from "./timestep";

/**
 * The reverse (denoising) step of DDPM (Ho et al. 2020, Algorithm 2 and eq. 11):
 * x_{t−1} = (1/√α_t)·(x_t − β_t/√(1 − ᾱ_t)·ε̂) + σ_t·z, with no noise at the last step (t = 1).
 */

/** σ_t² = β_t (the "large" choice) or β̃_t (the posterior variance); Ho et al. found both work. */
export type ReverseVariance = "beta" | "betaTilde";

/** The numbers one reverse step at t needs, computed once per step for all points. */
export interface ReverseCoefficients {
  /** 1/√α_t. */
  readonly invSqrtAlpha: number;
  /** β_t/√(1 − ᾱ_t): how much of the predicted noise is removed. */
  readonly epsScale: number;
  /** σ_t, or 0 at t = 1. */
  readonly sigma: number;
}

/** σ_t² for the chosen variance. */
export function reverseVariance(schedule: Schedule, t: Timestep, variance: ReverseVariance): number {
  const i = index(t);
  return (variance === "beta" ? schedule.betas[i] : schedule.posteriorVariances[i]) as number;
}

/** The numbers of one reverse step at t, or why it does not exist (β_t = 1 erases x_{t−1}). */
export function reverseCoefficients(
  schedule: Schedule,
  t: Timestep,
  variance: ReverseVariance,
): Maybe<ReverseCoefficients> {
  const i = index(t);
  const alpha = schedule.alphas[i] as number;
  if (alpha === 0) {
    return undefinedBecause(`β_${t} = 1 leaves nothing of x_${t - 1} in x_${t}, so 1/√α_${t} is infinite`);
  }
  const sqrtOneMinus = schedule.sqrtOneMinusAlphaBars[i] as number;
  return {
    invSqrtAlpha: 1 / Math.sqrt(alpha),
    // While ᾱ_t = 1 no noise has been added (β_t = 0 too): nothing to remove, the limit is 0.
    epsScale: sqrtOneMinus > 0 ? (schedule.betas[i] as number) / sqrtOneMinus : 0,
    sigma: t > 1 ? Math.sqrt(reverseVariance(schedule, t, variance)) : 0,
  };
}

/** out = μ_θ(x_t, ε̂) + σ_t·z; pass z = null for the mean alone (and at t = 1, where σ_t = 0). */
export function reverseStep<A extends FloatArray>(
  c: ReverseCoefficients,
  xt: FloatArray,
  epsHat: FloatArray,
  z: FloatArray | null,
  out: A,
): A {
  const { invSqrtAlpha, epsScale, sigma } = c;
  for (let i = 0; i < out.length; i++) {
    const mean = invSqrtAlpha * ((xt[i] as number) - epsScale * (epsHat[i] as number));
    out[i] = z && sigma > 0 ? mean + sigma * (z[i] as number) : mean;
  }
  return out;
}

/** x̂_0 = (x_t − √(1 − ᾱ_t)·ε̂)/√ᾱ_t (Ho et al. eq. 15), or why not: ᾱ_t = 0 leaves no trace of x_0. */
export function predictX0<A extends FloatArray>(
  schedule: Schedule,
  t: Timestep,
  xt: FloatArray,
  epsHat: FloatArray,
  out: A,
): Maybe<A> {
  const i = index(t);
  const signal = schedule.sqrtAlphaBars[i] as number;
  if (signal === 0) return undefinedBecause(`ᾱ_${t} = 0: x_${t} holds no trace of x_0`);
  const noise = schedule.sqrtOneMinusAlphaBars[i] as number;
  for (let k = 0; k < out.length; k++) out[k] = ((xt[k] as number) - noise * (epsHat[k] as number)) / signal;
  return out;
}
