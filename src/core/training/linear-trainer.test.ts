import { describe, expect, it } from "vitest";
import { makeDataset } from "../data/datasets";
import { LinearPredictor } from "../predictors/linear";
import { DEFAULT_RECIPE } from "../recipe";
import { makeSchedule } from "../schedule";
import { LinearTrainer } from "./linear-trainer";
import { NoisyBatches } from "./noisy-batch";

const schedule = makeSchedule(DEFAULT_RECIPE.schedule);
const { data } = makeDataset({ kind: "points", name: "moons", n: 200 }, 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("linear trainer", () => {
  it("takes exactly the exercise's SGD steps on the seeded batches", () => {
    const trainer = new LinearTrainer(schedule, data, 2, { batchSize: 16, lr: 0.05 }, 7);
    const model = new LinearPredictor(2, schedule.T);
    const batches = new NoisyBatches(schedule, data, 2, 16, 7);
    const pred = new Float32Array(32);
    const grad = new Float64Array(6);
    for (let i = 0; i < 20; i++) {
      batches.draw();
      const loss = model.lossAndGrad(batches.xt, batches.t, batches.eps, pred, grad);
      model.applyGradient(grad, 0.05);
      expect(trainer.step()).toBe(loss);
    }
    expect(Array.from(trainer.model.weights)).toEqual(Array.from(model.weights));
  });

  it("lowers the noise loss from W = 0 (loss ≈ 1) but cannot reach the nonlinear optimum", () => {
    const trainer = new LinearTrainer(schedule, data, 2, { batchSize: 128, lr: 0.02 }, 1);
    for (let i = 0; i < 1000; i++) trainer.step();
    // With W = 0, ε̂ = 0 and the loss is mean(ε²) ≈ 1.
    expect(trainer.losses[0]).toBeCloseTo(1, 0);
    const last = mean(trainer.losses.slice(-100));
    expect(last).toBeLessThan(0.6);
    expect(last).toBeGreaterThan(0.3);
    expect(trainer.divergedAt).toBeNull();
  });

  it("stops at the step that diverges and keeps the last finite weights", () => {
    const trainer = new LinearTrainer(schedule, data, 2, { batchSize: 8, lr: 50 }, 1);
    while (trainer.divergedAt === null && trainer.stepCount < 500) trainer.step();
    expect(trainer.divergedAt).toBe(trainer.stepCount);
    expect(trainer.model.weights.every(Number.isFinite)).toBe(true);
    expect(() => trainer.step()).toThrow(/diverged/);
  });
});
