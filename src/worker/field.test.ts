import { describe, expect, it } from "vitest";
import { makeDataset } from "../core/data/datasets";
import { ExactDenoiser } from "../core/predictors/exact";
import { makeSchedule } from "../core/schedule";
import { createCoreApi } from "./api";
import type { FieldRequest } from "./field";
import { SMALL_SAMPLE_REQUEST } from "./testing";

const request: FieldRequest = {
  dataset: SMALL_SAMPLE_REQUEST.dataset,
  schedule: SMALL_SAMPLE_REQUEST.schedule,
  seed: SMALL_SAMPLE_REQUEST.seed,
  predictor: { kind: "exact" },
  t: 10,
  extent: 4,
  grid: 4,
};

describe("api.field", () => {
  it("is −ε̂/√(1 − ᾱ_t) of the predictor at the centres of a grid over the extent", () => {
    const { positions, score, undefinedBecause } = createCoreApi().field(request);
    expect(undefinedBecause).toBeNull();
    expect(Array.from(positions.subarray(0, 4))).toEqual([-3, -3, -1, -3]);
    expect(Array.from(positions.subarray(-2))).toEqual([3, 3]);
    const schedule = makeSchedule(request.schedule);
    const { data } = makeDataset(request.dataset, request.seed);
    const eps = new Float32Array(positions.length);
    new ExactDenoiser(schedule, data, 2).predict(positions, new Int32Array(16).fill(10), eps);
    const noiseStd = schedule.sqrtOneMinusAlphaBars[9] as number;
    score?.forEach((s, k) => expect(s).toBeCloseTo(-(eps[k] as number) / noiseStd, 4));
  });

  it("gives the same field whether its predictor is built afresh or reused", () => {
    const api = createCoreApi();
    const fresh = api.field({ ...request, seed: 11 });
    api.field({ ...request, t: 30 });
    api.field({ ...request, seed: 11, t: 30 });
    expect(api.field({ ...request, seed: 11 })).toEqual(fresh);
    expect(api.field(request)).not.toEqual(fresh);
  });

  it("points from far away back towards the data", () => {
    const { positions, score } = createCoreApi().field({ ...request, t: 40, extent: 20, grid: 2 });
    // Every corner's score points back towards the origin, where the moons are.
    for (let k = 0; k < 4; k++) {
      const dot =
        (positions[2 * k] as number) * (score?.[2 * k] as number) +
        (positions[2 * k + 1] as number) * (score?.[2 * k + 1] as number);
      expect(dot).toBeLessThan(0);
    }
  });

  it("says in words why there is no field: the oracle, images, and no noise added", () => {
    const api = createCoreApi();
    expect(api.field({ ...request, predictor: { kind: "oracle" } }).undefinedBecause).toMatch(/oracle/);
    const images = { ...request, dataset: { kind: "image", size: 3, n: 10 } } as const;
    expect(api.field(images).undefinedBecause).toMatch(/2-D/);
    const noNoise = { ...request, schedule: { family: "custom", betas: [0, 0.5] }, t: 1 } as const;
    const result = api.field(noNoise);
    expect(result.score).toBeNull();
    expect(result.undefinedBecause).toMatch(/ᾱ_t = 1/);
  });
});
