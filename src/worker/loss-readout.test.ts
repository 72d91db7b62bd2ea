import { describe, expect, it } from "vitest";
import { isUndefined } from "../core/maybe";
import { LOSS_READOUT_BATCH, runLossReadout, type LossReadoutRequest } from "./loss-readout";

const REQUEST: LossReadoutRequest = {
  dataset: { kind: "points", name: "moons", n: 500 },
  schedule: { family: "linear", T: 50, betaStart: 1e-3, betaEnd: 0.2 },
  seed: 7,
  predictor: { kind: "exact" },
  t: 20,
  variance: "beta",
};

/** Every number in the readout (Maybe values unwrapped), so a test can check that none is NaN. */
const numbersIn = (value: unknown): number[] =>
  typeof value === "number"
    ? [value]
    : typeof value === "object" && value !== null
      ? Object.values(value).flatMap(numbersIn)
      : [];

describe("runLossReadout", () => {
  it("measures a fixed, seeded batch of the data set", () => {
    const a = runLossReadout(REQUEST);
    const b = runLossReadout(REQUEST);
    expect(a.batch).toBe(LOSS_READOUT_BATCH);
    expect(a.dim).toBe(2);
    expect(b.noiseMse).toBe(a.noiseMse);
    expect(b.decoderNll).toEqual(a.decoderNll);
    expect(runLossReadout({ ...REQUEST, seed: 8 }).noiseMse).not.toBe(a.noiseMse);
  });

  it("finds the mean loss equal to the ELBO-weighted noise loss (Ho et al. eq. 12)", () => {
    for (const t of [2, 20, 50]) {
      for (const variance of ["beta", "betaTilde"] as const) {
        const r = runLossReadout({ ...REQUEST, t, variance });
        expect(typeof r.meanLoss).toBe("number");
        expect(r.meanLoss as number).toBeGreaterThan(0);
        expect(r.weightedNoiseLoss as number).toBeCloseTo(r.meanLoss as number, 10);
      }
    }
  });

  it("gives the same numbers whether its setup is built afresh or reused, and skips timing when asked", () => {
    const fresh = runLossReadout(REQUEST);
    runLossReadout({ ...REQUEST, t: 35 });
    const reused = runLossReadout({ ...REQUEST, timed: false });
    expect(reused).toEqual({ ...fresh, meanLossMicros: null, noiseLossMicros: null });
    runLossReadout({ ...REQUEST, seed: 8 });
    const atOne = runLossReadout({ ...REQUEST, t: 1, timed: false });
    expect(runLossReadout({ ...REQUEST, seed: 8, t: 1, timed: false })).not.toEqual(atOne);
    expect(runLossReadout({ ...REQUEST, t: 1, timed: false })).toEqual(atOne);
  });

  it("times both losses in microseconds", () => {
    const r = runLossReadout(REQUEST);
    expect(r.meanLossMicros).toBeGreaterThan(0);
    expect(r.noiseLossMicros).toBeGreaterThan(0);
    expect(r.meanLossMicros as number).toBeLessThan(10_000);
  });

  it("scores the oracle (the true noise) at zero loss", () => {
    const r = runLossReadout({ ...REQUEST, predictor: { kind: "oracle" } });
    expect(r.noiseMse).toBeLessThan(1e-9);
    expect(r.reconstruction as number).toBeLessThan(1e-9);
    expect(r.meanLoss as number).toBeLessThan(1e-9);
  });

  it("scores the untrained linear model (ε̂ = 0) at about E[ε²] = 1", () => {
    const r = runLossReadout({ ...REQUEST, predictor: { kind: "linear", weights: new Array(6).fill(0) } });
    expect(r.noiseMse).toBeGreaterThan(0.8);
    expect(r.noiseMse).toBeLessThan(1.2);
  });

  it("has no L_{t−1} at t = 1, and no mean loss there when σ_1² = β̃_1 = 0", () => {
    const tilde = runLossReadout({ ...REQUEST, t: 1, variance: "betaTilde" });
    expect(tilde.transitionKl).toBeNull();
    expect(isUndefined(tilde.meanLoss)).toBe(true);
    expect(isUndefined(tilde.weightedNoiseLoss)).toBe(true);
    expect(tilde.meanLossMicros).toBeNull();
    const beta = runLossReadout({ ...REQUEST, t: 1, variance: "beta" });
    expect(typeof beta.meanLoss).toBe("number");
  });

  it("labels the losses that need ᾱ_t > 0 as undefined once β = 1 erased the data, never NaN", () => {
    const r = runLossReadout({ ...REQUEST, schedule: { family: "custom", betas: [0.1, 1, 0.5] }, t: 2 });
    expect(isUndefined(r.reconstruction)).toBe(true);
    expect(isUndefined(r.meanLoss)).toBe(true);
    expect(numbersIn(r).some(Number.isNaN)).toBe(false);
  });

  it("reads images as well as points", () => {
    const r = runLossReadout({ ...REQUEST, dataset: { kind: "image", size: 3, n: 100 } });
    expect(r.batch).toBe(100);
    expect(r.dim).toBe(9);
    expect(Number.isFinite(r.noiseMse)).toBe(true);
  });
});
