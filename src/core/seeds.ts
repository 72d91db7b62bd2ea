/**
 * The five textbook problems this product grew from, reproduced exactly as stated, with plain arrays in
 * and out. This module is the only place where another timestep convention is allowed:
 * - the reconstruction-loss, moments and posterior problems count t from 1, like the rest of the core;
 * - the forward & backward process problem and the training-step problem use t as a 0-based array
 *   position (its timestep is t + 1), and say so in each function below.
 * Everything is computed by the core; this file only translates conventions and shapes.
 */
import { forwardSample, sampleKernel, stepKernel } from "./forward";
import * as losses from "./losses";
import { orThrow } from "./maybe";
import { LinearPredictor } from "./predictors/linear";
import { posteriorCoefficients, posteriorMean } from "./posterior";
import { reverseCoefficients, reverseStep as coreReverseStep } from "./reverse";
import { linspace, makeSchedule, type Schedule } from "./schedule";
import { timestep } from "./timestep";
import { TorchGenerator } from "./torch-generator";

export { TorchGenerator };

const scheduleOf = (betas: readonly number[]): Schedule => makeSchedule({ family: "custom", betas });
const f64 = (x: readonly number[]) => Float64Array.from(x);

/** Reconstruction loss: mean((x_0 − x̂_0)²), t 1-indexed, linear betas; the problem's example gives 0.0011. */
export function diffusionLoss(
  x0: readonly number[],
  t: number,
  betaStart: number,
  betaEnd: number,
  numTimesteps: number,
  noise: readonly number[],
  predictedNoise: readonly number[],
): number {
  const schedule = makeSchedule({ family: "linear", T: numTimesteps, betaStart, betaEnd });
  const step = timestep(t, schedule.T);
  const xt = forwardSample(schedule, step, f64(x0), f64(noise), new Float64Array(x0.length));
  return orThrow(losses.reconstructionLoss(schedule, step, f64(x0), xt, f64(predictedNoise)));
}

/** numpy.linspace(betaStart, betaEnd, T), the DDPM paper's defaults. */
export function linearBetaSchedule(T: number, betaStart = 1e-4, betaEnd = 0.02): number[] {
  return Array.from(linspace(betaStart, betaEnd, T));
}

/** x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·noise, where t is a 0-based array position (timestep t + 1). */
export function forwardDiffusion(
  x0: readonly number[],
  t: number,
  betas: readonly number[],
  noise: readonly number[],
) {
  const schedule = scheduleOf(betas);
  return Array.from(
    forwardSample(schedule, timestep(t + 1, schedule.T), f64(x0), f64(noise), new Float64Array(x0.length)),
  );
}

/** One reverse step with σ_t = √β_t; t is 0-based and z is used only when t > 0. */
export function reverseStep(
  xt: readonly number[],
  t: number,
  predictedNoise: readonly number[],
  betas: readonly number[],
  z: readonly number[],
): number[] {
  return reverseStepOn(scheduleOf(betas), xt, t, predictedNoise, z);
}

function reverseStepOn(
  schedule: Schedule,
  xt: readonly number[],
  t: number,
  eps: readonly number[],
  z: readonly number[],
) {
  const c = orThrow(reverseCoefficients(schedule, timestep(t + 1, schedule.T), "beta"));
  return Array.from(coreReverseStep(c, f64(xt), f64(eps), f64(z), new Float64Array(xt.length)));
}

/** The full reverse loop for t = T−1 … 0 (0-based); `zPerStep[t]` is the noise of step t. */
export function backwardDiffusion(
  xT: readonly number[],
  predictor: (x: number[], t: number) => number[],
  betas: readonly number[],
  zPerStep: readonly (readonly number[])[],
): number[] {
  const schedule = scheduleOf(betas);
  let x = [...xT];
  for (let t = schedule.T - 1; t >= 0; t--) {
    x = reverseStepOn(schedule, x, t, predictor(x, t), zPerStep[t] ?? []);
  }
  return x;
}

/** The homework's compute_mean: the mean √(1 − β)·x of q(x_t | x_{t−1}), where `variance` is β. */
export function computeMean(x: readonly number[], variance: number): number[] {
  const { scale } = stepKernel(scheduleOf([variance]), timestep(1, 1));
  return x.map((v) => scale * v);
}

/** The homework's compute_cov: the covariance β·I of q(x_t | x_{t−1}), as a d×d matrix. */
export function computeCov(x: readonly number[], variance: number): number[][] {
  return x.map((_, i) => x.map((__, j) => (i === j ? variance : 0)));
}

/** μ̃_t and β̃_t of q(x_{t−1} | x_t, x_0), t 1-indexed (homework eq. 10). */
export function posterior(x0: readonly number[], xt: readonly number[], betas: readonly number[], t: number) {
  const schedule = scheduleOf(betas);
  const step = timestep(t, schedule.T);
  const mean = posteriorMean(schedule, step, f64(x0), f64(xt), new Float64Array(x0.length));
  return { mean: Array.from(mean), variance: posteriorCoefficients(schedule, step).variance };
}

/** ‖μ̃ − μ_θ‖²/(2σ²). */
export function meanLoss(muTilde: readonly number[], muTheta: readonly number[], sigma2: number): number {
  return orThrow(losses.meanLoss(muTilde, muTheta, sigma2));
}

/** β_t²/(2σ²·α_t·(1 − ᾱ_t))·‖ε − ε̂‖², t 1-indexed. */
export function noiseLossWeighted(
  eps: readonly number[],
  epsPred: readonly number[],
  betas: readonly number[],
  t: number,
  sigma2: number,
): number {
  const schedule = scheduleOf(betas);
  return orThrow(losses.weightedNoiseLoss(schedule, timestep(t, schedule.T), eps, epsPred, sigma2));
}

/** mean((ε − ε̂)²). */
export function noiseMse(eps: readonly number[], epsPred: readonly number[]): number {
  return losses.noiseMse(eps, epsPred);
}

/** Every intermediate value of one training step, for the calculator. */
export interface TrainingStepDetails {
  /** The drawn timestep, a 0-based array position as in the problem. */
  t: number;
  alphaBar: number;
  eps: number[][];
  xt: number[][];
  pred: number[][];
  loss: number;
  /** inputᵀ·(2/(N·d))·(pred − eps), the same shape as the weights. */
  grad: number[][];
  weights: number[][];
}

/**
 * "DDPM Training Step End-to-End": t = randint(0, T) from a generator seeded `seed`, ε = randn(N, d) from
 * one seeded `seed + 1`, x_t = √ᾱ_t·x + √(1 − ᾱ_t)·ε, prediction = concat([x_t, t/T])·W (the product's
 * linear predictor, fed the problem's 0-based t), MSE loss, its gradient, one SGD step. `alphaBar` is the
 * problem's own table, indexed by the 0-based t.
 */
export function ddpmTrainingStepDetails(
  xClean: readonly (readonly number[])[],
  wModel: readonly (readonly number[])[],
  betas: readonly number[],
  alphaBar: readonly number[],
  lr: number,
  seed: number,
): TrainingStepDetails {
  const T = betas.length;
  const N = xClean.length;
  const d = xClean[0]?.length ?? 0;
  const t = new TorchGenerator(seed).randint(0, T, 1)[0] as number;
  const eps = Float32Array.from(new TorchGenerator(seed + 1).randn(N * d));
  const ab = alphaBar[t] as number;
  const xt = sampleKernel(
    { scale: Math.sqrt(ab), variance: 1 - ab },
    Float32Array.from(xClean.flat()),
    eps,
    new Float32Array(N * d),
  );
  const model = new LinearPredictor(d, T, wModel.flat());
  const pred = new Float32Array(N * d);
  const grad = new Float64Array(model.weights.length);
  const loss = model.lossAndGrad(xt, new Int32Array(N).fill(t), eps, pred, grad);
  model.applyGradient(grad, lr);
  const rows = (flat: ArrayLike<number>) => {
    const values = Array.from(flat);
    return Array.from({ length: values.length / d }, (_, i) => values.slice(i * d, (i + 1) * d));
  };
  return {
    t,
    alphaBar: ab,
    eps: rows(eps),
    xt: rows(xt),
    pred: rows(pred),
    loss,
    grad: rows(grad),
    weights: rows(model.weights),
  };
}

/** The updated weights of `ddpmTrainingStepDetails`, flattened row-major. */
export function ddpmTrainingStep(
  xClean: readonly (readonly number[])[],
  wModel: readonly (readonly number[])[],
  betas: readonly number[],
  alphaBar: readonly number[],
  lr: number,
  seed: number,
): number[] {
  return ddpmTrainingStepDetails(xClean, wModel, betas, alphaBar, lr, seed).weights.flat();
}
