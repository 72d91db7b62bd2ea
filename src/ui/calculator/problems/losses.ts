import { forwardSample } from "../../../core/forward";
import { elboNoiseWeight, noiseMse } from "../../../core/losses";
import { linearBetaSchedule } from "../../../core/seeds";
import { index, timestep } from "../../../core/timestep";
import { answerOrUndefined, defineProblem, sameLengths } from "../problem";
import {
  linearSchedule,
  listField,
  scheduleFields,
  scheduleRows,
  timestepField,
  timestepProblem,
} from "./shared";

/** The losses problem: the mean loss and the ELBO-weighted noise loss agree (DDPM eq. 12), with σ_t² = β_t. */
export const LOSSES = defineProblem({
  id: "losses",
  title: "Mean loss vs noise loss",
  summary: "‖μ̃_t − μ_θ‖²/(2σ_t²) equals β_t²/(2σ_t²·α_t·(1 − ᾱ_t))·‖ε − ε̂‖² (DDPM eq. 12).",
  convention: "t is 1-indexed; σ_t² = β_t; x_t is made from x₀ and ε.",
  fields: {
    ...scheduleFields({ T: 1000, betaStart: 0.0001, betaEnd: 0.02 }),
    t: timestepField(500, false),
    x0: listField("x_0", "x₀", "clean data", "1, -0.5"),
    eps: listField("\\varepsilon", "ε", "the noise added", "0.3, -1.2"),
    epsPred: listField("\\hat\\varepsilon", "ε̂", "the predicted noise", "0.25, -1.1"),
  },
  check: (v) =>
    timestepProblem(v.t, v.T, false) ??
    sameLengths([
      ["x₀", v.x0],
      ["ε", v.eps],
      ["ε̂", v.epsPred],
    ]),
  solve: async (v, calculate) => {
    const schedule = linearSchedule(v);
    const step = timestep(v.t, v.T);
    const betas = linearBetaSchedule(v.T, v.betaStart, v.betaEnd);
    const sigma2 = schedule.betas[index(step)] as number;
    const xt = Array.from(
      forwardSample(
        schedule,
        step,
        Float64Array.from(v.x0),
        Float64Array.from(v.eps),
        new Float64Array(v.x0.length),
      ),
    );
    const { mean: muTilde } = await calculate("posterior", [v.x0, xt, betas, v.t]);
    const noNoise = xt.map(() => 0);
    const muTheta = await answerOrUndefined(
      calculate("reverseStep", [xt, v.t - 1, v.epsPred, betas, noNoise]),
    );
    const meanLoss = Array.isArray(muTheta)
      ? await answerOrUndefined(calculate("meanLoss", [muTilde, muTheta, sigma2]))
      : muTheta;
    const weighted = await answerOrUndefined(
      calculate("noiseLossWeighted", [v.eps, v.epsPred, betas, v.t, sigma2]),
    );
    return [
      ...scheduleRows(schedule, step),
      {
        tex: "x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\varepsilon",
        text: "x_t = √ᾱ_t·x₀ + √(1 − ᾱ_t)·ε",
        words: "the noised data",
        value: xt,
      },
      {
        tex: "\\tilde\\mu_t(x_t, x_0)",
        text: "μ̃_t(x_t, x₀)",
        words: "posterior mean (the target)",
        value: muTilde,
      },
      {
        tex: "\\mu_\\theta(x_t, t)",
        text: "μ_θ(x_t, t)",
        words: "the model's mean, from ε̂",
        value: muTheta,
      },
      { tex: "\\sigma_t^2 = \\beta_t", text: "σ_t² = β_t", words: "reverse-step variance", value: sigma2 },
      {
        tex: "\\frac{\\lVert\\tilde\\mu_t-\\mu_\\theta\\rVert^2}{2\\sigma_t^2}",
        text: "‖μ̃_t − μ_θ‖²/(2σ_t²)",
        words: "the mean loss",
        value: meanLoss,
        answer: true,
      },
      {
        tex: "w_t = \\frac{\\beta_t^2}{2\\sigma_t^2\\alpha_t(1-\\bar\\alpha_t)}",
        text: "w_t = β_t²/(2σ_t²·α_t·(1 − ᾱ_t))",
        words: "the ELBO weight",
        value: elboNoiseWeight(schedule, step, sigma2),
      },
      {
        tex: "w_t\\,\\lVert\\varepsilon-\\hat\\varepsilon\\rVert^2",
        text: "w_t·‖ε − ε̂‖²",
        words: "the weighted noise loss: the same number",
        value: weighted,
        answer: true,
      },
      {
        tex: "\\tfrac1d\\lVert\\varepsilon-\\hat\\varepsilon\\rVert^2",
        text: "mean((ε − ε̂)²)",
        words: "the unweighted noise MSE (L_simple)",
        value: noiseMse(v.eps, v.epsPred),
      },
    ];
  },
});
