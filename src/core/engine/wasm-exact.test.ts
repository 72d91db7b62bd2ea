import { describe, expect, it } from "vitest";
import { makeDataset } from "../data/datasets";
import { fillNormal, makeRng } from "../rng";
import { makeSchedule } from "../schedule";
import { TYPESCRIPT_ENGINE } from "./engine";
import { expectCloseTo, simdEngineForTests } from "./testing";

const engine = await simdEngineForTests();
const schedule = makeSchedule({ family: "linear", T: 1000, betaStart: 1e-4, betaEnd: 0.02 });
const TIMESTEPS = [1, 2, 10, 100, 500, 1000];

/** x_t ~ q(x_t | x_0) at timestep t for the rows of x0, plus a few points far from everything. */
function noisy(x0: Float32Array, dim: number, t: number): Float32Array {
  const eps = fillNormal(makeRng(t, "exact-test"), new Float32Array(x0.length + 3 * dim));
  const signal = schedule.sqrtAlphaBars[t - 1]!;
  const noise = schedule.sqrtOneMinusAlphaBars[t - 1]!;
  return eps.map((e, i) => (i < x0.length ? signal * x0[i]! + noise * e : 20 * e));
}

/** ε̂ from both engines' exact denoisers for these data, at every test timestep. */
function compare(data: Float32Array, heldOut: Float32Array, dim: number): void {
  const simd = engine.exactDenoiser(schedule, data, dim);
  const reference = TYPESCRIPT_ENGINE.exactDenoiser(schedule, data, dim);
  for (const t of TIMESTEPS) {
    const xt = noisy(heldOut, dim, t);
    const steps = new Int32Array(xt.length / dim).fill(t);
    const expected = new Float32Array(xt.length);
    const actual = new Float32Array(xt.length);
    reference.predict(xt, steps, expected);
    simd.predict(xt, steps, actual);
    expectCloseTo(actual, expected, 1e-4);
  }
}

describe("the SIMD engine's exact denoiser against the TypeScript one", () => {
  it("predicts the same noise, to 1e-4, on a 2-D data set from low noise to pure noise", () => {
    // 501 points: the last group of four in a window is a partial one.
    const data = makeDataset({ kind: "points", name: "moons", n: 501 }, 0).data;
    const heldOut = makeDataset({ kind: "points", name: "moons", n: 300 }, 0, "held-out").data;
    compare(data, heldOut, 2);
  });

  it("does the same in one and in five dimensions", () => {
    for (const dim of [1, 5]) {
      const data = fillNormal(makeRng(dim, "exact-test-data"), new Float32Array(203 * dim));
      const heldOut = fillNormal(makeRng(dim, "exact-test-held-out"), new Float32Array(50 * dim));
      compare(data, heldOut, dim);
    }
  });

  it("falls back to the data mean for a NaN or infinite x_t, as the TypeScript denoiser does", () => {
    const data = makeDataset({ kind: "points", name: "moons", n: 100 }, 0).data;
    const xt = Float32Array.of(NaN, 0, Infinity, 1);
    const steps = Int32Array.of(10, 10);
    const expected = new Float32Array(4);
    const actual = new Float32Array(4);
    TYPESCRIPT_ENGINE.exactDenoiser(schedule, data, 2).predict(xt, steps, expected);
    engine.exactDenoiser(schedule, data, 2).predict(xt, steps, actual);
    expect(Array.from(actual)).toEqual(Array.from(expected));
  });
});
