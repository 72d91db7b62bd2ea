import { describe, expect, it } from "vitest";
import { posteriorCoefficients } from "./posterior";
import { makeSchedule } from "./schedule";
import { timestep } from "./timestep";

/** Normal density, for the numerical Bayes' rule below. */
const pdf = (x: number, mean: number, variance: number) =>
  Math.exp(-((x - mean) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);

/**
 * Mean and variance of q(x_{t−1}|x_t, x_0) ∝ q(x_t|x_{t−1})·q(x_{t−1}|x_0), integrated on a fine grid:
 * Bayes' rule computed numerically, with no algebra shared with the code under test.
 */
function numericalPosterior(betas: number[], t: number, x0: number, xt: number) {
  const beta = betas[t - 1] as number;
  const alphaBarPrev = betas.slice(0, t - 1).reduce((p, b) => p * (1 - b), 1);
  const priorMean = Math.sqrt(alphaBarPrev) * x0;
  const priorVar = 1 - alphaBarPrev;
  const lo = priorMean - 12;
  const h = 24 / 200_000;
  let z = 0;
  let m1 = 0;
  let m2 = 0;
  for (let k = 0; k <= 200_000; k++) {
    const y = lo + k * h;
    const w = pdf(xt, Math.sqrt(1 - beta) * y, beta) * pdf(y, priorMean, priorVar);
    z += w;
    m1 += w * y;
    m2 += w * y * y;
  }
  const mean = m1 / z;
  return { mean, variance: m2 / z - mean * mean };
}

describe("posterior q(x_{t−1}|x_t, x_0)", () => {
  const betas = [0.1, 0.2, 0.5, 0.3];
  const schedule = makeSchedule({ family: "custom", betas });

  it.each([
    [2, 0.7, 0.1],
    [3, -1.3, 0.8],
    [4, 2.0, -1.5],
  ])("agrees with Bayes' rule computed numerically at t=%i (x_0=%f, x_t=%f)", (t, x0, xt) => {
    const c = posteriorCoefficients(schedule, timestep(t, schedule.T));
    const numeric = numericalPosterior(betas, t, x0, xt);
    expect(c.x0 * x0 + c.xt * xt).toBeCloseTo(numeric.mean, 6);
    expect(c.variance).toBeCloseTo(numeric.variance, 6);
  });

  it("at t = 1 is the point mass at x_0", () => {
    const c = posteriorCoefficients(schedule, timestep(1, schedule.T));
    expect(c).toEqual({ x0: 1, xt: 0, variance: 0 });
  });

  it("while no noise has been added (β = 0) keeps x_{t−1} = x_t", () => {
    const still = makeSchedule({ family: "constant", T: 3, beta: 0 });
    expect(posteriorCoefficients(still, timestep(2, 3))).toEqual({ x0: 0, xt: 1, variance: 0 });
  });
});
