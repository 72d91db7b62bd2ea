import type { FloatArray } from "./arrays";
import type { Schedule } from "./schedule";
import { index, type Timestep } from "./timestep";

/**
 * The forward-process posterior q(x_{t−1} | x_t, x_0) = N(μ̃_t, β̃_t·I) (Ho et al. 2020, eqs. 6–7):
 * μ̃_t = √ᾱ_{t−1}·β_t/(1 − ᾱ_t)·x_0 + √α_t·(1 − ᾱ_{t−1})/(1 − ᾱ_t)·x_t.
 */
export interface PosteriorCoefficients {
  /** The weight of x_0 in μ̃_t. */
  readonly x0: number;
  /** The weight of x_t in μ̃_t. */
  readonly xt: number;
  /** β̃_t. */
  readonly variance: number;
}

/** ᾱ_{t−1}, with ᾱ_0 = 1 (nothing has been noised before step 1). */
export function alphaBarPrev(schedule: Schedule, t: Timestep): number {
  return t > 1 ? (schedule.alphaBars[index(t) - 1] as number) : 1;
}

/**
 * The coefficients of μ̃_t and β̃_t. While ᾱ_t = 1 (every β so far is 0) x_t equals x_0 and the formula is
 * 0/0; its limit is x_{t−1} = x_t with variance 0, which is what is returned.
 */
export function posteriorCoefficients(schedule: Schedule, t: Timestep): PosteriorCoefficients {
  const i = index(t);
  const oneMinus = schedule.oneMinusAlphaBars[i] as number;
  if (oneMinus === 0) return { x0: 0, xt: 1, variance: 0 };
  const oneMinusPrev = t > 1 ? (schedule.oneMinusAlphaBars[i - 1] as number) : 0;
  return {
    x0: (Math.sqrt(alphaBarPrev(schedule, t)) * (schedule.betas[i] as number)) / oneMinus,
    xt: (Math.sqrt(schedule.alphas[i] as number) * oneMinusPrev) / oneMinus,
    variance: schedule.posteriorVariances[i] as number,
  };
}

/** out = μ̃_t(x_t, x_0), elementwise over flat arrays. */
export function posteriorMean<A extends FloatArray>(
  schedule: Schedule,
  t: Timestep,
  x0: FloatArray,
  xt: FloatArray,
  out: A,
): A {
  const c = posteriorCoefficients(schedule, t);
  for (let i = 0; i < out.length; i++) out[i] = c.x0 * (x0[i] as number) + c.xt * (xt[i] as number);
  return out;
}
