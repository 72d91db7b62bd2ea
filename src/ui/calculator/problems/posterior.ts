import { marginalKernel } from "../../../core/forward";
import { alphaBarPrev, posteriorCoefficients } from "../../../core/posterior";
import { linearBetaSchedule } from "../../../core/seeds";
import { timestep } from "../../../core/timestep";
import { defineProblem, sameLengths } from "../problem";
import {
  linearSchedule,
  listField,
  scheduleFields,
  scheduleRows,
  timestepField,
  timestepProblem,
} from "./shared";

/** The moments problem: q(x_t | x_0), and the posterior q(x_{t−1} | x_t, x_0) = N(μ̃_t, β̃_t·I). */
export const POSTERIOR = defineProblem({
  id: "posterior",
  title: "Moments & posterior",
  summary:
    "The moments of q(x_t | x₀) and the posterior q(x_{t−1} | x_t, x₀) = N(μ̃_t, β̃_t·I) (DDPM eqs. 6–7).",
  convention: "t is 1-indexed; ᾱ_0 = 1, so at t = 1 the posterior is a point mass (β̃_1 = 0).",
  fields: {
    ...scheduleFields({ T: 1000, betaStart: 0.0001, betaEnd: 0.02 }),
    t: timestepField(500, false),
    x0: listField("x_0", "x₀", "clean data", "1, -0.5"),
    xt: listField("x_t", "x_t", "noised data", "0.3, -0.8"),
  },
  check: (v) =>
    timestepProblem(v.t, v.T, false) ??
    sameLengths([
      ["x₀", v.x0],
      ["x_t", v.xt],
    ]),
  solve: async (v, calculate) => {
    const answer = await calculate("posterior", [
      v.x0,
      v.xt,
      linearBetaSchedule(v.T, v.betaStart, v.betaEnd),
      v.t,
    ]);
    const schedule = linearSchedule(v);
    const step = timestep(v.t, v.T);
    const marginal = marginalKernel(schedule, step);
    const c = posteriorCoefficients(schedule, step);
    return [
      ...scheduleRows(schedule, step),
      {
        tex: "\\bar\\alpha_{t-1}",
        text: "ᾱ_{t−1}",
        words: "signal left one step earlier",
        value: alphaBarPrev(schedule, step),
      },
      {
        tex: "\\mathbb{E}[x_t|x_0] = \\sqrt{\\bar\\alpha_t}\\,x_0",
        text: "mean of q(x_t|x₀) = √ᾱ_t·x₀",
        words: "where x_t is centred",
        value: v.x0.map((x) => marginal.scale * x),
      },
      {
        tex: "\\operatorname{Var}[x_t|x_0] = 1-\\bar\\alpha_t",
        text: "variance of q(x_t|x₀) = 1 − ᾱ_t",
        words: "per coordinate",
        value: marginal.variance,
      },
      {
        tex: "\\frac{\\sqrt{\\bar\\alpha_{t-1}}\\,\\beta_t}{1-\\bar\\alpha_t}",
        text: "√ᾱ_{t−1}·β_t/(1 − ᾱ_t)",
        words: "weight of x₀ in μ̃_t",
        value: c.x0,
      },
      {
        tex: "\\frac{\\sqrt{\\alpha_t}\\,(1-\\bar\\alpha_{t-1})}{1-\\bar\\alpha_t}",
        text: "√α_t·(1 − ᾱ_{t−1})/(1 − ᾱ_t)",
        words: "weight of x_t in μ̃_t",
        value: c.xt,
      },
      {
        tex: "\\tilde\\mu_t",
        text: "μ̃_t",
        words: "posterior mean",
        value: answer.mean,
        answer: true,
      },
      {
        tex: "\\tilde\\beta_t = \\frac{1-\\bar\\alpha_{t-1}}{1-\\bar\\alpha_t}\\beta_t",
        text: "β̃_t = (1 − ᾱ_{t−1})/(1 − ᾱ_t)·β_t",
        words: "posterior variance",
        value: answer.variance,
        answer: true,
      },
    ];
  },
});
