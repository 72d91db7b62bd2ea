import type { FloatArray } from "./arrays";
import type { Schedule } from "./schedule";
import { index, type Timestep } from "./timestep";

/**
 * The forward (noising) process of DDPM (Ho et al. 2020, eqs. 2 and 4), for N points of any dimension
 * stored flat. Outputs are caller-owned, so animation loops allocate nothing.
 */

/** A Gaussian kernel N(scale·x, variance·I), as a pair of numbers. */
export interface ScaledGaussian {
  /** The factor that multiplies the conditioning value to give the mean. */
  readonly scale: number;
  /** The variance of each coordinate (the covariance is variance·I). */
  readonly variance: number;
}

/** One Markov step q(x_t | x_{t−1}) = N(√(1 − β_t)·x_{t−1}, β_t·I). */
export function stepKernel(schedule: Schedule, t: Timestep): ScaledGaussian {
  const i = index(t);
  return { scale: Math.sqrt(schedule.alphas[i] as number), variance: schedule.betas[i] as number };
}

/** The closed form q(x_t | x_0) = N(√ᾱ_t·x_0, (1 − ᾱ_t)·I). */
export function marginalKernel(schedule: Schedule, t: Timestep): ScaledGaussian {
  const i = index(t);
  return { scale: schedule.sqrtAlphaBars[i] as number, variance: schedule.oneMinusAlphaBars[i] as number };
}

/** out = scale·x + √variance·ε: a draw from N(scale·x, variance·I) given standard normal noise ε. */
export function sampleKernel<A extends FloatArray>(
  kernel: ScaledGaussian,
  x: FloatArray,
  eps: FloatArray,
  out: A,
): A {
  if (x.length !== eps.length || x.length !== out.length) {
    throw new RangeError(`x, ε and out must be equally long: ${x.length}, ${eps.length}, ${out.length}`);
  }
  const { scale } = kernel;
  const noiseScale = Math.sqrt(kernel.variance);
  for (let i = 0; i < x.length; i++) out[i] = scale * (x[i] as number) + noiseScale * (eps[i] as number);
  return out;
}

/** x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε: jump straight to step t (fixed noise: smooth as t varies). */
export function forwardSample<A extends FloatArray>(
  schedule: Schedule,
  t: Timestep,
  x0: FloatArray,
  eps: FloatArray,
  out: A,
): A {
  return sampleKernel(marginalKernel(schedule, t), x0, eps, out);
}

/** x_t = √(1 − β_t)·x_{t−1} + √β_t·ε: one step of the Markov chain (fresh noise each step). */
export function markovStep<A extends FloatArray>(
  schedule: Schedule,
  t: Timestep,
  xPrev: FloatArray,
  eps: FloatArray,
  out: A,
): A {
  return sampleKernel(stepKernel(schedule, t), xPrev, eps, out);
}
