import { describe, expect, it } from "vitest";
import { DEFAULT_RECIPE } from "../core/recipe";
import { createCoreApi } from "./api";
import type { TrainProgress, TrainRequest } from "./train";

const request: TrainRequest = {
  dataset: { kind: "points", name: "moons", n: 200 },
  schedule: DEFAULT_RECIPE.schedule,
  seed: 1,
  model: DEFAULT_RECIPE.model,
  training: { ...DEFAULT_RECIPE.training, batchSize: 64, totalSteps: 300 },
  steps: 300,
  lossCurveEvery: 100,
};

const mean = (values: ArrayLike<number>): number =>
  Array.from(values).reduce((a, b) => a + b, 0) / values.length;

describe("api.train", () => {
  it("a short run reduces the loss and reports increasing steps and loss curves", async () => {
    const progress: TrainProgress[] = [];
    const outcome = await createCoreApi().train(request, (p) => progress.push(p));
    if (outcome.status !== "done") throw new Error("the run was cancelled");
    const { losses, steps, weights } = outcome.value;
    expect(steps).toBe(300);
    expect(losses).toHaveLength(300);
    expect(mean(losses.subarray(250))).toBeLessThan(0.8 * mean(losses.subarray(0, 20)));
    expect(weights.params.every(Number.isFinite)).toBe(true);
    const reported = progress.map((p) => p.step);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
    expect(reported.at(-1)).toBe(300);
    const curves = progress.flatMap((p) => (p.lossCurve ? [p.lossCurve] : []));
    expect(curves.map((c) => c.step)).toEqual([100, 200, 300]);
    expect(curves[0]?.losses).toHaveLength(20);
  });

  it("stops within one chunk of a cancel, and keeps the weights so far", async () => {
    const api = createCoreApi();
    const progress: TrainProgress[] = [];
    let stepAtCancel = -1;
    let largestChunk = 0;
    const long = { ...request, steps: 1_000_000, lossCurveEvery: 1_000_000 };
    const outcome = await api.train(long, (p) => {
      largestChunk = Math.max(largestChunk, p.step - (progress.at(-1)?.step ?? 0));
      progress.push(p);
      // Cancel from outside the job, as a message would arrive: during the yield after this chunk.
      if (progress.length === 3) {
        setTimeout(() => {
          stepAtCancel = p.step;
          api.cancel("train");
        }, 0);
      }
    });
    if (outcome.status !== "cancelled") throw new Error("the run was not cancelled");
    expect(stepAtCancel).toBeGreaterThan(0);
    expect(outcome.partial.steps - stepAtCancel).toBeLessThanOrEqual(largestChunk);
    expect(progress.filter((p) => p.step > stepAtCancel)).toHaveLength(0);
    expect(outcome.partial.losses).toHaveLength(outcome.partial.steps);
    expect(outcome.partial.weights.params.every(Number.isFinite)).toBe(true);
  });

  it("refuses a model whose input size does not match the data (found by review)", async () => {
    const images = { ...request, dataset: { kind: "image", size: 3, n: 100 } as const };
    await expect(createCoreApi().train(images, () => undefined)).rejects.toThrow(
      /takes 2 values per point, the data set has 9/,
    );
  });
});
