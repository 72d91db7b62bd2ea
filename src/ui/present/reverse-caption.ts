/**
 * What one move of the reverse panel's frame did, for slow motion: a DDPM step (Ho et al. 2020, Alg. 2)
 * moves toward μ_θ = (x_t − β_t/√(1−ᾱ_t)·ε̂)/√α_t and adds σ_t·z; a DDIM step (Song et al. 2021, eq. 12)
 * goes through x̂_0. Strided sampling takes the same steps on the respaced schedule (core/sampling/respace).
 */
import { isUndefined } from "../../core/maybe";
import { posteriorCoefficients } from "../../core/posterior";
import { reverseCoefficients } from "../../core/reverse";
import type { SamplerSettings } from "../../core/sampling/sampler";
import { respace } from "../../core/sampling/respace";
import type { Schedule } from "../../core/schedule";
import { timestep } from "../../core/timestep";
import type { PredictorKind } from "../../state/settings";
import { num, texNum, type Caption } from "./caption";

/** Who predicted ε̂, as the caption names it. */
const PREDICTOR_NAMES: Record<PredictorKind, string> = {
  mlp: "the MLP",
  exact: "the exact denoiser",
  linear: "the linear model",
  oracle: "the oracle",
};

export interface ReverseMove {
  readonly schedule: Schedule;
  readonly sampler: SamplerSettings;
  readonly predictor: PredictorKind;
  /** Where the run started (its first frame's t). */
  readonly tStart: number;
  /** The timesteps of the frames left and reached. */
  readonly from: number;
  readonly to: number;
}

/** The DDPM step from τ_j, with its numbers: 1/√α, β/√(1−ᾱ) and σ of the (respaced) jump j. */
function ddpmStep(move: ReverseMove, jumps: Schedule, j: number, who: string): Caption {
  const { from, to } = move;
  const stepped = `t = ${from} → ${to}`;
  const c = reverseCoefficients(jumps, timestep(j, jumps.T), move.sampler.variance);
  if (isUndefined(c)) return { headline: `${stepped}: no step: ${c.undefinedBecause}` };
  const noise =
    c.sigma > 0 ? `, and added σ = ${num(c.sigma)} of fresh noise` : "; the last step adds no noise";
  const z = c.sigma > 0 ? ` + ${texNum(c.sigma)}\\,z` : "";
  const zText = c.sigma > 0 ? ` + ${num(c.sigma)}·z` : "";
  return {
    headline: `${stepped}: ${who} predicted ε̂, the points moved toward μ_θ${noise}`,
    formula: {
      tex: `x_{${to}} = ${texNum(c.invSqrtAlpha)}\\,\\big(x_{${from}} - ${texNum(c.epsScale)}\\,\\hat\\epsilon\\big)${z}`,
      text: `x_${to} = ${num(c.invSqrtAlpha)}·(x_${from} − ${num(c.epsScale)}·ε̂)${zText}`,
    },
  };
}

/** The DDIM step from τ_j: through x̂_0, toward ᾱ at the next timestep, with η's share of noise. */
function ddimStep(move: ReverseMove, jumps: Schedule, j: number, who: string): Caption {
  const { from, to } = move;
  const alphaBarTo = j > 1 ? (jumps.alphaBars[j - 2] as number) : 1;
  const sigma2 = move.sampler.eta ** 2 * posteriorCoefficients(jumps, timestep(j, jumps.T)).variance;
  const signal = Math.sqrt(alphaBarTo);
  const direction = Math.sqrt(Math.max(0, 1 - alphaBarTo - sigma2));
  const sigma = Math.sqrt(sigma2);
  const z = sigma > 0 ? ` + ${texNum(sigma)}\\,z` : "";
  return {
    headline: `t = ${from} → ${to}: ${who} predicted ε̂, which gives x̂_0; the points moved to t = ${to} along ε̂`,
    formula: {
      tex: `x_{${to}} = ${texNum(signal)}\\,\\hat x_0 + ${texNum(direction)}\\,\\hat\\epsilon${z}`,
      text: `x_${to} = ${num(signal)}·x̂₀ + ${num(direction)}·ε̂${sigma > 0 ? ` + ${num(sigma)}·z` : ""}`,
    },
  };
}

/** The caption for the reverse view moving between frames at timesteps `from` and `to`, or null. */
export function reverseCaption(move: ReverseMove): Caption | null {
  const { from, to, tStart, sampler } = move;
  if (from === to || tStart < 1 || from > tStart) return null;
  if (to > from) return { headline: `t = ${from} → ${to}: back to an earlier frame of the same run` };
  const plan = respace(move.schedule, tStart, Math.min(sampler.steps, tStart));
  const taus = Array.from(plan.timesteps);
  const j = taus.indexOf(from) + 1;
  const next = j > 1 ? (taus[j - 2] as number) : 0;
  const who = PREDICTOR_NAMES[move.predictor];
  if (j === 0 || next !== to) {
    const steps = taus.filter((tau) => tau <= from && tau > to).length;
    return {
      headline: `t = ${from} → ${to}: ${steps} reverse steps, each: ${who} predicts ε̂, the points move toward μ_θ`,
    };
  }
  return sampler.method === "ddim"
    ? ddimStep(move, plan.schedule, j, who)
    : ddpmStep(move, plan.schedule, j, who);
}
