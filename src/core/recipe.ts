import type { DatasetSpec } from "./data/datasets";
import { DEFAULT_MLP_CONFIG, type MlpConfig } from "./nn/config";
import type { SamplerSettings } from "./sampling/sampler";
import type { ScheduleSpec } from "./schedule";
import type { TrainingSettings } from "./training/trainer";

/**
 * The product's default 2D setup, in one place: what the page opens with and what `npm run bench` measures
 * against the quality target (sliced Wasserstein within 2× the data's floor).
 *
 * Why these numbers: sampling starts from N(0, I), so ᾱ_T must be near 0; T = 200 with β from 5e-4 to 0.1
 * (the DDPM paper's range stretched to the shorter chain) leaves ᾱ_T ≈ 4e-5. tiny-diffusion's ablations
 * found sinusoidal input embeddings and the learning rate matter most and width hardly at all, so the net is
 * small and trained with a high, cosine-decayed Adam rate, many small batches and an EMA of the weights
 * (measured against larger batches, lower rates and wider nets with bench/run.ts).
 */
export interface Recipe {
  readonly schedule: ScheduleSpec;
  readonly dataset: DatasetSpec;
  readonly model: MlpConfig;
  readonly training: TrainingSettings;
  readonly sampler: SamplerSettings;
}

/** The default setup itself. */
export const DEFAULT_RECIPE: Recipe = {
  schedule: { family: "linear", T: 200, betaStart: 5e-4, betaEnd: 0.1 },
  dataset: { kind: "points", name: "moons", n: 2000 },
  model: DEFAULT_MLP_CONFIG,
  training: {
    batchSize: 128,
    lr: 2e-2,
    optimizer: "adam",
    lrSchedule: "cosine",
    totalSteps: 1000,
    maxGradNorm: 1,
    emaDecay: 0.99,
  },
  sampler: { method: "ddpm", variance: "beta", eta: 0, steps: 200, clipX0: null },
};
