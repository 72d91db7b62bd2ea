import { describe, expect, it } from "vitest";
import { DEFAULT_RECIPE } from "../core/recipe";
import { createCoreApi } from "./api";
import type { LinearTrainProgress, LinearTrainRequest } from "./train-linear";

const request: LinearTrainRequest = {
  dataset: { kind: "points", name: "moons", n: 200 },
  schedule: DEFAULT_RECIPE.schedule,
  seed: 1,
  training: { batchSize: 64, lr: 0.02 },
  steps: 500,
};

describe("api.trainLinear", () => {
  it("trains W from 0 in the given number of steps, reproducibly, reporting progress", async () => {
    const api = createCoreApi();
    const progress: LinearTrainProgress[] = [];
    const outcome = await api.trainLinear(request, (p) => progress.push(p));
    if (outcome.status !== "done") throw new Error("the run was cancelled");
    expect(outcome.value.steps).toBe(500);
    expect(outcome.value.weights).toHaveLength(6);
    expect(outcome.value.loss).toBeLessThan(0.6);
    expect(outcome.value.divergedAt).toBeNull();
    expect(progress.at(-1)?.step).toBe(500);
    const again = await api.trainLinear(request);
    expect(again.status === "done" && again.value.weights).toEqual(outcome.value.weights);
  });

  it("stops where plain SGD diverges and says so", async () => {
    const outcome = await createCoreApi().trainLinear({ ...request, training: { batchSize: 8, lr: 50 } });
    if (outcome.status !== "done") throw new Error("the run was cancelled");
    expect(outcome.value.divergedAt).toBe(outcome.value.steps);
    expect(outcome.value.steps).toBeLessThan(500);
    expect(outcome.value.weights.every(Number.isFinite)).toBe(true);
  });
});
