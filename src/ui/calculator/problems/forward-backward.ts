import { reverseCoefficients, reverseStep } from "../../../core/reverse";
import { linearBetaSchedule } from "../../../core/seeds";
import { timestep } from "../../../core/timestep";
import { answerOrUndefined, defineProblem, sameLengths, whenDefined } from "../problem";
import {
  linearSchedule,
  listField,
  marginalRows,
  scheduleFields,
  scheduleRows,
  timestepField,
  timestepProblem,
} from "./shared";

/** The forward & backward process problem: one jump to x_t, then one reverse step back to x_{t−1}. */
export const FORWARD_BACKWARD = defineProblem({
  id: "forwardBackward",
  title: "Forward & backward step",
  summary: "Jump from x₀ to x_t in one step, then take one DDPM reverse step with σ_t = √β_t.",
  convention: "t is a 0-based array position (timestep t + 1); at t = 0 the reverse step adds no noise.",
  fields: {
    ...scheduleFields({ T: 1000, betaStart: 0.0001, betaEnd: 0.02 }),
    t: timestepField(500, true),
    x0: listField("x_0", "x₀", "clean data", "1, -0.5"),
    noise: listField("\\varepsilon", "ε", "forward noise", "0.3, -1.2"),
    predicted: listField("\\hat\\varepsilon", "ε̂", "predicted noise", "0.25, -1.1"),
    z: listField("z", "z", "reverse-step noise", "0.5, 0.1"),
  },
  check: (v) =>
    timestepProblem(v.t, v.T, true) ??
    sameLengths([
      ["x₀", v.x0],
      ["ε", v.noise],
      ["ε̂", v.predicted],
      ["z", v.z],
    ]),
  solve: async (v, calculate) => {
    const betas = linearBetaSchedule(v.T, v.betaStart, v.betaEnd);
    const xt = await calculate("forwardDiffusion", [v.x0, v.t, betas, v.noise]);
    const xPrev = await answerOrUndefined(calculate("reverseStep", [xt, v.t, v.predicted, betas, v.z]));
    const schedule = linearSchedule(v);
    const step = timestep(v.t + 1, v.T);
    const c = reverseCoefficients(schedule, step, "beta");
    return [
      ...scheduleRows(schedule, step),
      ...marginalRows(schedule, step),
      {
        tex: "x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\varepsilon",
        text: "x_t = √ᾱ_t·x₀ + √(1 − ᾱ_t)·ε",
        words: "forward: the noised data",
        value: xt,
        answer: true,
      },
      {
        tex: "1/\\sqrt{\\alpha_t}",
        text: "1/√α_t",
        words: "rescales the mean",
        value: whenDefined(c, (k) => k.invSqrtAlpha),
      },
      {
        tex: "\\beta_t/\\sqrt{1-\\bar\\alpha_t}",
        text: "β_t/√(1 − ᾱ_t)",
        words: "share of ε̂ removed",
        value: whenDefined(c, (k) => k.epsScale),
      },
      {
        tex: "\\mu_\\theta = \\tfrac{1}{\\sqrt{\\alpha_t}}\\big(x_t - \\tfrac{\\beta_t}{\\sqrt{1-\\bar\\alpha_t}}\\hat\\varepsilon\\big)",
        text: "μ_θ = (x_t − β_t/√(1 − ᾱ_t)·ε̂)/√α_t",
        words: "mean of the reverse step",
        value: whenDefined(c, (k) =>
          Array.from(
            reverseStep(
              k,
              Float64Array.from(xt),
              Float64Array.from(v.predicted),
              null,
              new Float64Array(xt.length),
            ),
          ),
        ),
      },
      {
        tex: "\\sigma_t = \\sqrt{\\beta_t}",
        text: "σ_t = √β_t",
        words: v.t === 0 ? "0 at t = 0: no noise at the last step" : "scale of z",
        value: whenDefined(c, (k) => k.sigma),
      },
      {
        tex: "x_{t-1} = \\mu_\\theta + \\sigma_t z",
        text: "x_{t−1} = μ_θ + σ_t·z",
        words: "backward: one step of denoising",
        value: xPrev,
        answer: true,
      },
    ];
  },
});
