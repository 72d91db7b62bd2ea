import { describe, expect, it } from "vitest";
import { forwardSample, marginalKernel, markovStep } from "./forward";
import { fillNormal, makeRng } from "./rng";
import { makeSchedule } from "./schedule";
import { timestep } from "./timestep";

/** Sample mean and (population) variance of column `j` of N rows of `dim` values. */
function columnMoments(x: Float64Array, dim: number, j: number) {
  const n = x.length / dim;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i * dim + j] as number;
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < n; i++) sq += ((x[i * dim + j] as number) - mean) ** 2;
  return { mean, variance: sq / n };
}

describe("closed form q(x_t|x_0) and the Markov chain agree in distribution", () => {
  const N = 10_000;
  const dim = 2;
  const schedule = makeSchedule({ family: "linear", T: 10, betaStart: 0.05, betaEnd: 0.3 });
  // Every point starts at (1.5, −2): the marginal at t is N(√ᾱ_t·x_0, (1 − ᾱ_t)·I).
  const x0 = new Float64Array(N * dim).map((_, i) => (i % 2 ? -2 : 1.5));

  it("has the closed form's mean and variance at every t, within sampling error", () => {
    const rng = makeRng(11, "chain-noise");
    const eps = new Float64Array(N * dim);
    let x = Float64Array.from(x0);
    for (let t = 1; t <= schedule.T; t++) {
      const step = timestep(t, schedule.T);
      x = markovStep(schedule, step, x, fillNormal(rng, eps), new Float64Array(N * dim));
      const { scale, variance } = marginalKernel(schedule, step);
      for (let j = 0; j < dim; j++) {
        const m = columnMoments(x, dim, j);
        const expectedMean = scale * (x0[j] as number);
        // Five standard errors of the mean and of the variance.
        expect(Math.abs(m.mean - expectedMean)).toBeLessThan(5 * Math.sqrt(variance / N));
        expect(Math.abs(m.variance - variance)).toBeLessThan(5 * variance * Math.sqrt(2 / N));
      }
    }
  });

  it("the closed form's own samples have those moments too", () => {
    const t = timestep(7, schedule.T);
    const eps = fillNormal(makeRng(12, "closed-noise"), new Float64Array(N * dim));
    const xt = forwardSample(schedule, t, x0, eps, new Float64Array(N * dim));
    const { scale, variance } = marginalKernel(schedule, t);
    const m = columnMoments(xt, dim, 1);
    expect(Math.abs(m.mean - scale * -2)).toBeLessThan(5 * Math.sqrt(variance / N));
    expect(Math.abs(m.variance - variance)).toBeLessThan(5 * variance * Math.sqrt(2 / N));
  });
});

describe("the extremes", () => {
  const x0 = Float64Array.from([0.25, -3, 7]);
  const eps = Float64Array.from([1.2, -0.4, 2.2]);

  it("β = 0 leaves the data unchanged at every t, by either route", () => {
    const schedule = makeSchedule({ family: "constant", T: 6, beta: 0 });
    let x = Float64Array.from(x0);
    for (let t = 1; t <= 6; t++) {
      const step = timestep(t, 6);
      expect(Array.from(forwardSample(schedule, step, x0, eps, new Float64Array(3)))).toEqual(Array.from(x0));
      x = markovStep(schedule, step, x, eps, new Float64Array(3));
      expect(Array.from(x)).toEqual(Array.from(x0));
    }
  });

  it("β = 1 makes x_1 pure noise: independent of x_0", () => {
    const schedule = makeSchedule({ family: "custom", betas: [1, 0.5] });
    const t1 = timestep(1, 2);
    const other = Float64Array.from([100, 200, -300]);
    const a = markovStep(schedule, t1, x0, eps, new Float64Array(3));
    const b = markovStep(schedule, t1, other, eps, new Float64Array(3));
    expect(Array.from(a)).toEqual(Array.from(eps));
    expect(Array.from(b)).toEqual(Array.from(eps));
    // And in distribution: across many x_0, x_1 is uncorrelated with x_0.
    const rng = makeRng(5, "independence");
    const n = 20_000;
    const xs = fillNormal(rng, new Float64Array(n));
    const x1 = markovStep(schedule, t1, xs, fillNormal(rng, new Float64Array(n)), new Float64Array(n));
    const corr = xs.reduce((s, v, i) => s + v * (x1[i] as number), 0) / n;
    expect(Math.abs(corr)).toBeLessThan(5 / Math.sqrt(n));
  });

  it("rejects arrays of different lengths", () => {
    const schedule = makeSchedule({ family: "constant", T: 1, beta: 0.5 });
    expect(() =>
      forwardSample(schedule, timestep(1, 1), x0, new Float64Array(2), new Float64Array(3)),
    ).toThrow(/equally long/);
  });
});
