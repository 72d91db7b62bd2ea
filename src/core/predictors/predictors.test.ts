import { describe, expect, it } from "vitest";
import { forwardSample } from "../forward";
import { fillNormal, makeRng } from "../rng";
import { makeSchedule } from "../schedule";
import { timestep } from "../timestep";
import { ExactDenoiser } from "./exact";
import { LinearPredictor } from "./linear";
import { OraclePredictor } from "./oracle";

const schedule = makeSchedule({ family: "linear", T: 100, betaStart: 1e-3, betaEnd: 0.05 });

/** E[x0|x_t] by the textbook formula, with full squared distances and no tricks: the independent reference. */
function bruteForceEps(data: number[][], xt: number[], t: number): number[] {
  const ab = schedule.alphaBars[t - 1] as number;
  const logw = data.map(
    (x0) => -x0.reduce((s, v, k) => s + ((xt[k] as number) - Math.sqrt(ab) * v) ** 2, 0) / (2 * (1 - ab)),
  );
  const max = Math.max(...logw);
  const w = logw.map((l) => Math.exp(l - max));
  const total = w.reduce((a, b) => a + b, 0);
  return xt.map((x, k) => {
    const mean = data.reduce((s, x0, j) => s + (w[j] as number) * (x0[k] as number), 0) / total;
    return (x - Math.sqrt(ab) * mean) / Math.sqrt(1 - ab);
  });
}

describe("exact denoiser", () => {
  const rng = makeRng(1, "exact-test");
  const data = Array.from({ length: 30 }, () => [rng.normal() * 2, rng.normal()]);
  const denoiser = new ExactDenoiser(schedule, Float32Array.from(data.flat()), 2);

  it.each([1, 10, 50, 100])("matches the posterior-mean formula computed directly (t=%i)", (t) => {
    const xt = [rng.normal() * 2, rng.normal() * 2];
    const out = new Float32Array(2);
    denoiser.predict(Float32Array.from(xt), Int32Array.of(t), out);
    const expected = bruteForceEps(data, Array.from(Float32Array.from(xt)), t);
    out.forEach((v, k) => expect(v).toBeCloseTo(expected[k] as number, 4));
  });

  it("predicts no noise where none was added, and the mean of the data once the signal is gone", () => {
    const flat = makeSchedule({ family: "custom", betas: [0, 1] });
    const d = new ExactDenoiser(flat, Float32Array.of(1, 2, 3, 4), 2);
    const out = new Float32Array(4);
    d.predict(Float32Array.of(5, 6, 7, 8), Int32Array.of(1, 2), out);
    // t=1: ᾱ = 1, nothing to predict. t=2: ᾱ = 0, x_t is all noise: ε̂ = x_t.
    expect(Array.from(out)).toEqual([0, 0, 7, 8]);
  });

  it("stays finite far from the data, at vanishing ᾱ and for an infinite x_t (found by review)", () => {
    const out = new Float32Array(1);
    // Far from a single point with almost no noise: rounding once pruned the only point away (0/0).
    const tiny = makeSchedule({ family: "custom", betas: [1e-10] });
    new ExactDenoiser(tiny, Float32Array.of(-1.766567587852478), 1).predict(
      Float32Array.of(4095.49755859375),
      Int32Array.of(1),
      out,
    );
    expect(Number.isFinite(out[0])).toBe(true);
    // ᾱ ≈ 1e-315: distances measured in x_t/√ᾱ overflowed. The posterior there is the prior.
    const vanishing = makeSchedule({ family: "constant", T: 105, beta: 0.999 });
    const d = new ExactDenoiser(vanishing, Float32Array.of(1, 3), 1);
    d.predict(Float32Array.of(1), Int32Array.of(105), out);
    expect(out[0]).toBeCloseTo(1, 6);
    for (const x of [Infinity, -Infinity]) {
      d.predict(Float32Array.of(x), Int32Array.of(50), out);
      expect(Number.isNaN(out[0]), `x_t = ${x}`).toBe(false);
    }
  });
});

describe("oracle", () => {
  it("returns the very noise that produced x_t", () => {
    const rng = makeRng(2, "oracle-test");
    const x0 = fillNormal(rng, new Float32Array(10));
    const eps = fillNormal(rng, new Float32Array(10));
    const t = timestep(40, 100);
    const xt = forwardSample(schedule, t, x0, eps, new Float32Array(10));
    const out = new Float32Array(10);
    new OraclePredictor(schedule, x0, 2).predict(xt, new Int32Array(5).fill(40), out);
    out.forEach((v, k) => expect(v).toBeCloseTo(eps[k] as number, 4));
  });
});

describe("linear predictor", () => {
  it("its gradient matches central finite differences of its loss", () => {
    const rng = makeRng(3, "linear-test");
    const dim = 3;
    const n = 5;
    const model = new LinearPredictor(
      dim,
      10,
      Array.from({ length: (dim + 1) * dim }, () => rng.normal()),
    );
    const xt = fillNormal(rng, new Float32Array(n * dim));
    const eps = fillNormal(rng, new Float32Array(n * dim));
    const t = Int32Array.from({ length: n }, () => 1 + rng.int(10));
    const pred = new Float32Array(n * dim);
    const grad = new Float64Array(model.weights.length);
    model.lossAndGrad(xt, t, eps, pred, grad);
    const h = 1e-3;
    const scratch = new Float64Array(grad.length);
    for (let k = 0; k < grad.length; k++) {
      const w = model.weights[k] as number;
      model.weights[k] = w + h;
      const up = model.lossAndGrad(xt, t, eps, pred, scratch);
      model.weights[k] = w - h;
      const down = model.lossAndGrad(xt, t, eps, pred, scratch);
      model.weights[k] = w;
      expect(grad[k]).toBeCloseTo((up - down) / (2 * h), 3);
    }
  });

  it("SGD steps reduce the loss on a fixed batch", () => {
    const rng = makeRng(4, "linear-sgd");
    const model = new LinearPredictor(2, 10);
    const xt = fillNormal(rng, new Float32Array(64));
    const eps = xt.map((v) => 0.5 * v);
    const t = new Int32Array(32).fill(5);
    const pred = new Float32Array(64);
    const grad = new Float64Array(model.weights.length);
    const first = model.lossAndGrad(xt, t, eps, pred, grad);
    let last = first;
    for (let i = 0; i < 200; i++) {
      last = model.lossAndGrad(xt, t, eps, pred, grad);
      model.applyGradient(grad, 0.1);
    }
    expect(last).toBeLessThan(first / 100);
  });
});
