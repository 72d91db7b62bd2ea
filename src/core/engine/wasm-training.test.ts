import { describe, expect, it } from "vitest";
import { makeDataset } from "../data/datasets";
import type { MlpConfig } from "../nn/config";
import { Mlp } from "../nn/mlp";
import { DEFAULT_RECIPE } from "../recipe";
import { makeSchedule } from "../schedule";
import { Trainer, type TrainingSettings } from "../training/trainer";
import { expectCloseTo, randomConfigs, simdEngineForTests } from "./testing";
import { WasmMlp } from "./wasm-mlp";

const engine = await simdEngineForTests();
const schedule = makeSchedule(DEFAULT_RECIPE.schedule);
const train = makeDataset({ kind: "points", name: "moons", n: 300 }, 0);

/** Trainers for the same run on both engines: same weights, same seeded batches. */
function trainers(config: MlpConfig, settings: Partial<TrainingSettings>, seed = 1) {
  const full = { ...DEFAULT_RECIPE.training, ...settings };
  const reference = new Trainer(schedule, train.data, Mlp.seeded(config, seed), full, seed);
  const simd = new Trainer(schedule, train.data, engine.createModel(config, seed), full, seed);
  return { reference, simd };
}

const params = (model: { toJSON(): { params: number[] } }): Float64Array =>
  Float64Array.from(model.toJSON().params);

/** Optimizer settings that exercise each path: Adam with and without clipping, with and without EMA, SGD. */
const VARIANTS: Record<string, Partial<TrainingSettings>> = {
  "Adam, clipped, EMA": { optimizer: "adam", maxGradNorm: 0.05, emaDecay: 0.99 },
  "Adam, unclipped": { optimizer: "adam", maxGradNorm: null, emaDecay: null },
  "SGD, clipped, EMA": { optimizer: "sgd", lr: 0.01, maxGradNorm: 0.05, emaDecay: 0.9 },
};

describe("the SIMD engine's training step against the TypeScript one", () => {
  for (const [name, settings] of Object.entries(VARIANTS)) {
    it(`reaches the same weights and averages (${name}), to 1e-4, for random shapes`, () => {
      for (const config of [
        DEFAULT_RECIPE.model,
        ...randomConfigs(4, 2).map((c) => ({ ...c, inputDim: 2 })),
      ]) {
        const { reference, simd } = trainers(config, settings);
        for (let i = 0; i < 5; i++) {
          const loss = reference.step();
          expect(Math.abs(simd.step() - loss)).toBeLessThanOrEqual(1e-4 * loss);
          expectCloseTo(params(simd.model), params(reference.model), 1e-4);
          expectCloseTo(params(simd.samplingModel()), params(reference.samplingModel()), 1e-4);
        }
      }
    });
  }

  it("trains the product's default setup along the same losses", () => {
    const { reference, simd } = trainers(DEFAULT_RECIPE.model, {});
    for (let i = 0; i < 100; i++) {
      const loss = reference.step();
      expect(Math.abs(simd.step() - loss)).toBeLessThanOrEqual(1e-3 * loss);
    }
  });

  it("samples with an independent copy of the averaged weights, or of the raw weights without EMA", () => {
    const averaged = trainers(DEFAULT_RECIPE.model, { emaDecay: 0.99 }).simd;
    const raw = trainers(DEFAULT_RECIPE.model, { emaDecay: null }).simd;
    for (let i = 0; i < 20; i++) {
      averaged.step();
      raw.step();
    }
    const snapshot = raw.samplingModel();
    expect(snapshot).toBeInstanceOf(WasmMlp);
    expect(snapshot).not.toBe(raw.model);
    expect(params(snapshot)).toEqual(params(raw.model));
    expect(params(averaged.samplingModel())).not.toEqual(params(averaged.model));
    raw.step();
    expect(params(snapshot)).not.toEqual(params(raw.model));
  });
});
