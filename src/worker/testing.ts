import { DEFAULT_RECIPE } from "../core/recipe";
import type { SampleRequest } from "./sample";

/** Test support: a sampling run small enough for unit tests (50 points, 40 steps, exact denoiser). */
export const SMALL_SAMPLE_REQUEST: SampleRequest = {
  dataset: { kind: "points", name: "moons", n: 200 },
  schedule: { family: "linear", T: 40, betaStart: 1e-3, betaEnd: 0.3 },
  seed: 3,
  predictor: { kind: "exact" },
  sampler: { ...DEFAULT_RECIPE.sampler, steps: 40 },
  mode: { kind: "generate", n: 50 },
};
