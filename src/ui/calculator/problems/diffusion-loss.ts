import { forwardSample } from "../../../core/forward";
import { predictX0 } from "../../../core/reverse";
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

/** The reconstruction-loss problem; its own example (x_0 = 1, t = 1, β from 0.1 to 0.2, T = 5) gives 0.0011. */
export const DIFFUSION_LOSS = defineProblem({
  id: "diffusionLoss",
  title: "Reconstruction loss",
  summary: "Noise x₀ to x_t, predict x̂₀ back from the predicted noise, and score mean((x₀ − x̂₀)²).",
  convention: "t is 1-indexed (t = 1 is the first noising step); β_t = linspace(β_start, β_end, T)[t − 1].",
  fields: {
    x0: listField("x_0", "x₀", "clean data", "1"),
    t: timestepField(1, false),
    ...scheduleFields({ T: 5, betaStart: 0.1, betaEnd: 0.2 }),
    noise: listField("\\varepsilon", "ε", "the noise added", "1"),
    predicted: listField("\\hat\\varepsilon", "ε̂", "the predicted noise", "0.9"),
  },
  check: (v) =>
    timestepProblem(v.t, v.T, false) ??
    sameLengths([
      ["x₀", v.x0],
      ["ε", v.noise],
      ["ε̂", v.predicted],
    ]),
  solve: async (v, calculate) => {
    const schedule = linearSchedule(v);
    const step = timestep(v.t, v.T);
    const xt = forwardSample(
      schedule,
      step,
      Float64Array.from(v.x0),
      Float64Array.from(v.noise),
      new Float64Array(v.x0.length),
    );
    const x0Hat = predictX0(
      schedule,
      step,
      xt,
      Float64Array.from(v.predicted),
      new Float64Array(v.x0.length),
    );
    const loss = await answerOrUndefined(
      calculate("diffusionLoss", [v.x0, v.t, v.betaStart, v.betaEnd, v.T, v.noise, v.predicted]),
    );
    return [
      ...scheduleRows(schedule, step),
      ...marginalRows(schedule, step),
      {
        tex: "x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\varepsilon",
        text: "x_t = √ᾱ_t·x₀ + √(1 − ᾱ_t)·ε",
        words: "the noised data",
        value: Array.from(xt),
      },
      {
        tex: "\\hat x_0 = \\frac{x_t - \\sqrt{1-\\bar\\alpha_t}\\,\\hat\\varepsilon}{\\sqrt{\\bar\\alpha_t}}",
        text: "x̂₀ = (x_t − √(1 − ᾱ_t)·ε̂)/√ᾱ_t",
        words: "the model's guess of x₀",
        value: whenDefined(x0Hat, (x) => Array.from(x)),
      },
      {
        tex: "\\tfrac1d\\lVert x_0 - \\hat x_0\\rVert^2",
        text: "mean((x₀ − x̂₀)²)",
        words: "the reconstruction loss",
        value: loss,
        answer: true,
      },
    ];
  },
});
