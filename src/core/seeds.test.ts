import { describe, expect, it } from "vitest";
import lossCases from "../../tests/reference/public-diffusion-loss.json";
import forwardBackwardCases from "../../tests/reference/public-forward-backward.json";
import momentCases from "../../tests/reference/public-moments-losses.json";
import trainingCases from "../../tests/reference/public-training-step.json";
import { expectClose, FLOAT32_TOLERANCE, FLOAT64_TOLERANCE } from "../../tests/close";
import * as seeds from "./seeds";

describe("reconstruction-loss problem (t 1-indexed)", () => {
  it("gives the problem's own example, 0.0011", () => {
    expect(seeds.diffusionLoss([1], 1, 0.1, 0.2, 5, [1], [0.9])).toBeCloseTo(0.0011, 4);
  });

  it.each(lossCases.map((c, i) => [i, c] as const))("matches numpy case %i", (_, c) => {
    const loss = seeds.diffusionLoss(
      c.x_0,
      c.t,
      c.beta_start,
      c.beta_end,
      c.num_timesteps,
      c.noise,
      c.predicted_noise,
    );
    expectClose(loss, c.expected, FLOAT64_TOLERANCE);
  });
});

describe("forward & backward process problem (t 0-based)", () => {
  it.each(forwardBackwardCases.map((c, i) => [i, c] as const))("matches numpy case %i", (_, c) => {
    const betas = seeds.linearBetaSchedule(c.T, c.beta_start, c.beta_end);
    expectClose(seeds.forwardDiffusion(c.x_0, c.t, betas, c.noise), c.expected_x_t, FLOAT64_TOLERANCE, "x_t");
    expectClose(
      seeds.reverseStep(c.expected_x_t, c.t, c.predicted_noise, betas, c.z),
      c.expected_x_prev,
      FLOAT64_TOLERANCE,
      "x_{t-1}",
    );
    const { a, b } = c.predictor;
    const predictor = (x: number[], t: number) => x.map((v) => a * v + b * t);
    expectClose(
      seeds.backwardDiffusion(c.x_T, predictor, betas, c.z_per_step),
      c.expected_backward,
      FLOAT64_TOLERANCE,
    );
  });

  it("adds no noise at the last step (t = 0)", () => {
    const betas = [0.1, 0.2, 0.5];
    const withNoise = seeds.reverseStep([0.3], 0, [0.1], betas, [5]);
    const withoutNoise = seeds.reverseStep([0.3], 0, [0.1], betas, [0]);
    expect(withNoise).toEqual(withoutNoise);
  });
});

describe("moments, posterior and losses (t 1-indexed)", () => {
  it.each(momentCases.map((c, i) => [i, c] as const))("matches numpy case %i", (_, c) => {
    const betas = seeds.linearBetaSchedule(c.T, c.beta_start, c.beta_end);
    const beta = betas[c.t - 1] as number;
    expectClose(seeds.computeMean(c.x_prev, beta), c.step_mean, FLOAT64_TOLERANCE, "step_mean");
    const cov = seeds.computeCov(c.x_prev, beta);
    cov.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(i === j ? c.step_var : 0)));
    const alphaBar = betas.slice(0, c.t).reduce((p, b) => p * (1 - b), 1);
    expectClose(
      c.x_0.map((x) => Math.sqrt(alphaBar) * x),
      c.marginal_mean,
      FLOAT64_TOLERANCE,
    );
    expectClose(seeds.forwardDiffusion(c.x_0, c.t - 1, betas, c.eps), c.x_t, FLOAT64_TOLERANCE, "x_t");
    const post = seeds.posterior(c.x_0, c.x_t, betas, c.t);
    expectClose(post.mean, c.posterior_mean, FLOAT64_TOLERANCE, "posterior_mean");
    expectClose(post.variance, c.posterior_var, FLOAT64_TOLERANCE, "posterior_var");
    const noNoise = c.x_t.map(() => 0);
    expectClose(
      seeds.reverseStep(c.x_t, c.t - 1, c.eps_pred, betas, noNoise),
      c.model_mean,
      FLOAT64_TOLERANCE,
    );
    expectClose(
      seeds.meanLoss(c.posterior_mean, c.model_mean, beta),
      c.mean_loss_sigma2_beta,
      FLOAT64_TOLERANCE,
    );
    expectClose(
      seeds.noiseLossWeighted(c.eps, c.eps_pred, betas, c.t, beta),
      c.noise_loss_weighted_sigma2_beta,
      FLOAT64_TOLERANCE,
    );
    expectClose(seeds.noiseMse(c.eps, c.eps_pred), c.noise_mse, FLOAT64_TOLERANCE);
  });
});

describe("DDPM training step with PyTorch's generator", () => {
  it.each(trainingCases.map((c, i) => [i, c] as const))("matches PyTorch case %i", (_, c) => {
    const details = seeds.ddpmTrainingStepDetails(c.x_clean, c.w_model, c.betas, c.alpha_bar, c.lr, c.seed);
    expect(details.t).toBe(c.expected_t);
    expectClose(details.eps, c.expected_eps, FLOAT32_TOLERANCE, "eps");
    expectClose(details.loss, c.expected_loss, FLOAT32_TOLERANCE, "loss");
    const weights = seeds.ddpmTrainingStep(c.x_clean, c.w_model, c.betas, c.alpha_bar, c.lr, c.seed);
    expectClose(weights, c.expected, FLOAT32_TOLERANCE, "weights");
  });
});
