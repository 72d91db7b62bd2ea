import { describe, expect, it } from "vitest";
import { makeDataset } from "../data/datasets";
import { memorization } from "../metrics/memorization";
import { Mlp } from "../nn/mlp";
import { ExactDenoiser } from "../predictors/exact";
import { mlpPredictor } from "../predictors/mlp-predictor";
import { DEFAULT_RECIPE } from "../recipe";
import { generate } from "../sampling/start";
import { makeSchedule } from "../schedule";
import { lossByTimestep, spreadTimesteps } from "./loss-by-timestep";
import { Trainer, type TrainingSettings } from "./trainer";

const schedule = makeSchedule(DEFAULT_RECIPE.schedule);
const train = makeDataset({ kind: "points", name: "moons", n: 200 }, 0);
const newModel = (seed: number) => Mlp.seeded(DEFAULT_RECIPE.model, seed);
const newTrainer = (seed: number, settings: Partial<TrainingSettings> = {}) =>
  new Trainer(schedule, train.data, newModel(seed), { ...DEFAULT_RECIPE.training, ...settings }, seed);

describe("trainer", () => {
  it("is reproducible from its seed, and a different seed trains differently", () => {
    const run = (seed: number) => {
      const trainer = newTrainer(seed);
      for (let i = 0; i < 5; i++) trainer.step();
      return trainer.losses;
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });

  it("decays the learning rate along a cosine, from lr to 5% of it", () => {
    const trainer = newTrainer(1, { lr: 0.01, totalSteps: 20 });
    const rates = [trainer.learningRate()];
    for (let i = 0; i < 20; i++) {
      trainer.step();
      rates.push(trainer.learningRate());
    }
    expect(rates[0]).toBeCloseTo(0.01, 12);
    expect(rates[10]).toBeCloseTo(0.01 * (0.05 + 0.95 * 0.5), 12);
    expect(rates[20]).toBeCloseTo(0.0005, 12);
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeLessThanOrEqual(rates[i - 1] as number);
  });

  it("samples with an average of the weights that lags the raw weights, or with the raw weights", () => {
    const averaged = newTrainer(1, { emaDecay: 0.99 });
    const raw = newTrainer(1, { emaDecay: null });
    for (let i = 0; i < 30; i++) {
      averaged.step();
      raw.step();
    }
    expect(Array.from(raw.samplingModel().params)).toEqual(Array.from(raw.model.params));
    expect(Array.from(averaged.samplingModel().params)).not.toEqual(Array.from(averaged.model.params));
  });

  it("lowers the loss at every timestep towards the exact denoiser's floor, and generalizes where it memorizes", () => {
    const trainer = newTrainer(3);
    const timesteps = spreadTimesteps(schedule.T, 5);
    const heldOut = makeDataset({ kind: "points", name: "moons", n: 300 }, 0, "held-out");
    const before = lossByTimestep(schedule, mlpPredictor(trainer.model), heldOut.data, timesteps, 1);
    for (let i = 0; i < 400; i++) trainer.step();
    const model = mlpPredictor(trainer.samplingModel());
    const after = lossByTimestep(schedule, model, heldOut.data, timesteps, 1);
    const exact = new ExactDenoiser(schedule, train.data, 2);
    const floor = lossByTimestep(schedule, exact, heldOut.data, timesteps, 1);
    after.forEach((loss, i) => {
      expect(loss).toBeLessThan(before[i] as number);
      // Within a small margin of the optimum (the exact denoiser can even do worse on held-out data).
      expect(loss).toBeLessThan((floor[i] as number) + 0.05);
    });
    const share = (predictor: typeof model) => {
      const sampler = generate(schedule, predictor, DEFAULT_RECIPE.sampler, 300, 2);
      sampler.run();
      return memorization(sampler.x, heldOut.data, train.data, 2).share;
    };
    expect(share(exact)).toBeGreaterThan(0.9);
    expect(share(model)).toBeLessThan(0.3);
  });
});
