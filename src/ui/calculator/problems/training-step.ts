import { linearBetaSchedule } from "../../../core/seeds";
import { defineProblem } from "../problem";
import { matrixField } from "../fields";
import { numberField } from "../fields";
import { scheduleFields } from "./shared";

/** β_t = linspace(β_start, β_end, T) and ᾱ_t = cumprod(1 − β), both in float32 as PyTorch makes them. */
export function float32Tables(T: number, betaStart: number, betaEnd: number) {
  const betas = linearBetaSchedule(T, betaStart, betaEnd).map(Math.fround);
  let product = 1;
  const alphaBar = betas.map((beta) => (product = Math.fround(product * Math.fround(1 - beta))));
  return { betas, alphaBar };
}

/** "DDPM training step end-to-end" with the linear noise predictor ε̂ = [x_t, t/T]·W and PyTorch's generator. */
export const TRAINING_STEP = defineProblem({
  id: "trainingStep",
  title: "Training step",
  summary:
    "Draw t and ε from torch.manual_seed, noise x₀, predict with [x_t, t/T]·W, take one SGD step on the MSE.",
  convention: "t = randint(0, T) is a 0-based array position (timestep t + 1), fed to the model as t/T.",
  fields: {
    xClean: matrixField({
      tex: "x_0",
      symbol: "x₀",
      words: "clean batch, one row per sample",
      example: "0.4147, -0.5; 1, 0.25",
    }),
    weights: matrixField({
      tex: "W",
      symbol: "W",
      words: "(d + 1)×d weights; last row multiplies t/T",
      example: "0.1, 0; 0, 0.1; 0.05, -0.05",
    }),
    ...scheduleFields({ T: 100, betaStart: 0.0001, betaEnd: 0.02 }),
    lr: numberField(
      { tex: "\\eta", symbol: "η", words: "learning rate", example: "0.5" },
      { min: 0, max: 100 },
    ),
    seed: numberField(
      { tex: "\\text{seed}", symbol: "seed", words: "torch.manual_seed", example: "28" },
      { min: 0, max: 2 ** 32 - 1, integer: true },
    ),
  },
  check: (v) => {
    const d = (v.xClean[0] as number[]).length;
    const shape = `${v.weights.length}×${(v.weights[0] as number[]).length}`;
    return v.weights.length === d + 1 && (v.weights[0] as number[]).length === d
      ? null
      : `W must be (d + 1)×d = ${d + 1}×${d} for ${d} values per sample, got ${shape}`;
  },
  solve: async (v, calculate) => {
    const { betas, alphaBar } = float32Tables(v.T, v.betaStart, v.betaEnd);
    const r = await calculate("ddpmTrainingStepDetails", [
      v.xClean,
      v.weights,
      betas,
      alphaBar,
      v.lr,
      v.seed,
    ]);
    return [
      { tex: "t", text: "t", words: "drawn by randint(0, T)", value: r.t },
      { tex: "\\beta_t", text: "β_t", words: "noise variance at t", value: betas[r.t] as number },
      { tex: "\\bar\\alpha_t", text: "ᾱ_t", words: "signal left at t", value: r.alphaBar },
      { tex: "\\varepsilon", text: "ε", words: "drawn by randn(N, d)", value: r.eps },
      {
        tex: "x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\varepsilon",
        text: "x_t = √ᾱ_t·x₀ + √(1 − ᾱ_t)·ε",
        words: "the noised batch",
        value: r.xt,
      },
      {
        tex: "\\hat\\varepsilon = [x_t,\\ t/T]\\,W",
        text: "ε̂ = [x_t, t/T]·W",
        words: "the prediction",
        value: r.pred,
      },
      {
        tex: "L = \\tfrac{1}{Nd}\\lVert\\hat\\varepsilon-\\varepsilon\\rVert^2",
        text: "L = mean((ε̂ − ε)²)",
        words: "the loss",
        value: r.loss,
        answer: true,
      },
      {
        tex: "\\nabla_W L = \\tfrac{2}{Nd}[x_t,\\ t/T]^\\top(\\hat\\varepsilon-\\varepsilon)",
        text: "∇_W L = (2/(N·d))·[x_t, t/T]ᵀ·(ε̂ − ε)",
        words: "the gradient",
        value: r.grad,
      },
      {
        tex: "W' = W - \\eta\\,\\nabla_W L",
        text: "W′ = W − η·∇_W L",
        words: "the updated weights",
        value: r.weights,
        answer: true,
      },
    ];
  },
});
