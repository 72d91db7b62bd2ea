import { describe, expect, it } from "vitest";
import { forwardSample } from "./forward";
import { isUndefined } from "./maybe";
import { posteriorMean } from "./posterior";
import { predictX0, reverseCoefficients, reverseStep } from "./reverse";
import { fillNormal, makeRng } from "./rng";
import { makeSchedule } from "./schedule";
import { timestep } from "./timestep";

describe("reverse step", () => {
  const schedule = makeSchedule({ family: "linear", T: 20, betaStart: 0.01, betaEnd: 0.2 });
  const rng = makeRng(3, "reverse-test");
  const x0 = fillNormal(rng, new Float64Array(6));
  const eps = fillNormal(rng, new Float64Array(6));

  it.each([2, 9, 20])("with the true noise, μ_θ equals the posterior mean μ̃ (t=%i)", (tt) => {
    const t = timestep(tt, schedule.T);
    const xt = forwardSample(schedule, t, x0, eps, new Float64Array(6));
    const c = reverseCoefficients(schedule, t, "beta");
    if (isUndefined(c)) throw new Error(c.undefinedBecause);
    const muTheta = reverseStep(c, xt, eps, null, new Float64Array(6));
    const muTilde = posteriorMean(schedule, t, x0, xt, new Float64Array(6));
    muTheta.forEach((v, i) => expect(v).toBeCloseTo(muTilde[i] as number, 12));
  });

  it("with the true noise, x̂_0 recovers x_0", () => {
    const t = timestep(15, schedule.T);
    const xt = forwardSample(schedule, t, x0, eps, new Float64Array(6));
    const x0Hat = predictX0(schedule, t, xt, eps, new Float64Array(6));
    if (isUndefined(x0Hat)) throw new Error(x0Hat.undefinedBecause);
    x0Hat.forEach((v, i) => expect(v).toBeCloseTo(x0[i] as number, 12));
  });

  it("adds σ_t·z with σ_t² = β_t or β̃_t, and no noise at t = 1", () => {
    const t = timestep(5, schedule.T);
    const beta = reverseCoefficients(schedule, t, "beta");
    const tilde = reverseCoefficients(schedule, t, "betaTilde");
    const last = reverseCoefficients(schedule, timestep(1, schedule.T), "beta");
    if (isUndefined(beta) || isUndefined(tilde) || isUndefined(last))
      throw new Error("unexpectedly undefined");
    expect(beta.sigma ** 2).toBeCloseTo(schedule.betas[4] as number, 14);
    expect(tilde.sigma ** 2).toBeCloseTo(schedule.posteriorVariances[4] as number, 14);
    expect(last.sigma).toBe(0);
    const z = Float64Array.from([1, 1, 1, 1, 1, 1]);
    const noisy = reverseStep(beta, x0, eps, z, new Float64Array(6));
    const mean = reverseStep(beta, x0, eps, null, new Float64Array(6));
    noisy.forEach((v, i) => expect(v - (mean[i] as number)).toBeCloseTo(beta.sigma, 12));
  });

  it("is undefined, with a reason, where β_t = 1 erased x_{t−1}; x̂_0 is undefined once ᾱ_t = 0", () => {
    const erased = makeSchedule({ family: "custom", betas: [0.1, 1, 0.2] });
    const c = reverseCoefficients(erased, timestep(2, 3), "beta");
    expect(isUndefined(c) && c.undefinedBecause).toMatch(/β_2 = 1/);
    const x0Hat = predictX0(erased, timestep(3, 3), x0, eps, new Float64Array(6));
    expect(isUndefined(x0Hat) && x0Hat.undefinedBecause).toMatch(/ᾱ_3 = 0/);
  });
});
