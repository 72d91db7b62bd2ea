import { describe, expect, it } from "vitest";
import { forwardSample } from "./forward";
import { elboNoiseWeight, meanLoss, noiseMse, reconstructionLoss, weightedNoiseLoss } from "./losses";
import { isUndefined } from "./maybe";
import { posteriorMean } from "./posterior";
import { reverseCoefficients, reverseStep, reverseVariance } from "./reverse";
import { fillNormal, makeRng } from "./rng";
import { makeSchedule } from "./schedule";
import { timestep } from "./timestep";

const defined = (v: unknown): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

describe("losses", () => {
  const schedule = makeSchedule({ family: "cosine", T: 50, s: 0.008 });
  const dim = 2;
  const rng = makeRng(9, "loss-test");
  const x0 = fillNormal(rng, new Float64Array(8 * dim));
  const eps = fillNormal(rng, new Float64Array(8 * dim));
  const epsHat = eps.map((e) => e + 0.3 * rng.normal());

  it.each([2, 25, 49])("mean loss equals the ELBO-weighted noise loss for the same x_t (t=%i)", (tt) => {
    const t = timestep(tt, schedule.T);
    const xt = forwardSample(schedule, t, x0, eps, new Float64Array(x0.length));
    const muTilde = posteriorMean(schedule, t, x0, xt, new Float64Array(x0.length));
    for (const variance of ["beta", "betaTilde"] as const) {
      const c = reverseCoefficients(schedule, t, variance);
      if (isUndefined(c)) throw new Error(c.undefinedBecause);
      const muTheta = reverseStep(c, xt, epsHat, null, new Float64Array(x0.length));
      const sigma2 = reverseVariance(schedule, t, variance);
      const viaMean = defined(meanLoss(muTilde, muTheta, sigma2, dim));
      const viaNoise = defined(weightedNoiseLoss(schedule, t, eps, epsHat, sigma2, dim));
      expect(viaMean).toBeGreaterThan(0);
      expect(viaNoise / viaMean).toBeCloseTo(1, 9);
    }
  });

  it("noise MSE and reconstruction loss are 0 for a perfect prediction and grow with the error", () => {
    const t = timestep(10, schedule.T);
    const xt = forwardSample(schedule, t, x0, eps, new Float64Array(x0.length));
    expect(noiseMse(eps, eps)).toBe(0);
    expect(defined(reconstructionLoss(schedule, t, x0, xt, eps))).toBeCloseTo(0, 20);
    const shifted = eps.map((e) => e + 0.1);
    expect(noiseMse(eps, shifted)).toBeCloseTo(0.01, 12);
    // x̂_0 moves by √(1 − ᾱ)/√ᾱ per unit of noise error: the reconstruction error is the SNR-scaled noise error.
    const i = 9;
    const ratio = (schedule.oneMinusAlphaBars[i] as number) / (schedule.alphaBars[i] as number);
    expect(defined(reconstructionLoss(schedule, t, x0, xt, shifted))).toBeCloseTo(0.01 * ratio, 12);
  });

  it("reports undefined, never NaN, at the degenerate settings", () => {
    const erased = makeSchedule({ family: "custom", betas: [0, 1, 0.5] });
    const reasons = [
      meanLoss([1], [2], 0),
      elboNoiseWeight(erased, timestep(1, 3), 0.1),
      elboNoiseWeight(erased, timestep(2, 3), 0.1),
      elboNoiseWeight(schedule, timestep(3, 50), 0),
      reconstructionLoss(erased, timestep(3, 3), x0, x0, eps),
    ];
    for (const r of reasons) expect(isUndefined(r), JSON.stringify(r)).toBe(true);
  });
});
