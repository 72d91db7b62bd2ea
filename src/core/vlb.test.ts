import { describe, expect, it } from "vitest";
import { forwardSample } from "./forward";
import { erfc, gaussianKl, gaussianLogPdf, standardNormalInterval } from "./gaussian";
import { meanLoss } from "./losses";
import { isUndefined } from "./maybe";
import { posteriorMean } from "./posterior";
import { reverseCoefficients, reverseStep } from "./reverse";
import { fillNormal, makeRng } from "./rng";
import { makeSchedule } from "./schedule";
import { timestep } from "./timestep";
import { decoderNll, priorKl, transitionKl } from "./vlb";

describe("Gaussian helpers", () => {
  it("erfc matches known values to 1.2e-7 relative", () => {
    // Values of erfc from Abramowitz & Stegun, table 7.1.
    for (const [x, value] of [
      [0, 1],
      [0.5, 0.4795001221869535],
      [1, 0.15729920705028513],
      [2, 0.004677734981047266],
      [-1, 1.8427007929497148],
    ] as const) {
      expect(Math.abs(erfc(x) - value) / value).toBeLessThan(1.2e-7);
    }
  });

  it("KL is 0 between equal Gaussians, positive otherwise, and matches a Monte Carlo estimate", () => {
    expect(gaussianKl(0.3, 2, 0.3, 2)).toBeCloseTo(0, 15);
    const rng = makeRng(2, "kl-mc");
    const [m1, v1, m2, v2] = [0.5, 0.7, -0.2, 1.3];
    let sum = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const x = m1 + Math.sqrt(v1) * rng.normal();
      sum += gaussianLogPdf(x, m1, v1) - gaussianLogPdf(x, m2, v2);
    }
    expect(gaussianKl(m1, v1, m2, v2) as number).toBeCloseTo(sum / n, 2);
    expect(gaussianKl(0, 0, 0, 1)).toBe(Infinity);
    expect(isUndefined(gaussianKl(0, 1, 0, 0))).toBe(true);
  });

  it("the standard normal interval probabilities of adjacent bins sum to 1", () => {
    const edges = [-Infinity, -2, -0.5, 0, 0.25, 3, Infinity];
    let total = 0;
    for (let i = 1; i < edges.length; i++)
      total += standardNormalInterval(edges[i - 1] as number, edges[i] as number);
    expect(total).toBeCloseTo(1, 6);
  });
});

describe("variational bound terms", () => {
  const schedule = makeSchedule({ family: "linear", T: 100, betaStart: 1e-3, betaEnd: 0.05 });
  const rng = makeRng(4, "vlb-test");
  const x0 = Float64Array.from({ length: 8 }, () => rng.uniform() * 2 - 1);
  const eps = fillNormal(rng, new Float64Array(8));
  const epsHat = eps.map((e) => e + 0.2 * rng.normal());

  it("L_T is near 0 when the schedule ends in noise, and infinite when nothing was noised", () => {
    const ddpm = makeSchedule({ family: "linear", T: 1000, betaStart: 1e-4, betaEnd: 0.02 });
    expect(priorKl(ddpm, x0, 2)).toBeLessThan(1e-4);
    // A shorter chain keeps more signal (ᾱ_T ≈ 0.07 here), so its last step is further from N(0, I).
    expect(priorKl(schedule, x0, 2)).toBeGreaterThan(100 * priorKl(ddpm, x0, 2));
    expect(priorKl(makeSchedule({ family: "constant", T: 3, beta: 0 }), x0, 2)).toBe(Infinity);
  });

  it("L_{t−1} with σ² = β̃ equals the mean loss ‖μ̃ − μ_θ‖²/(2σ²)", () => {
    const t = timestep(40, schedule.T);
    const xt = forwardSample(schedule, t, x0, eps, new Float64Array(8));
    const kl = transitionKl(schedule, t, x0, xt, epsHat, "betaTilde", 2) as number;
    const c = reverseCoefficients(schedule, t, "betaTilde");
    if (isUndefined(c)) throw new Error(c.undefinedBecause);
    const muTheta = reverseStep(c, xt, epsHat, null, new Float64Array(8));
    const muTilde = posteriorMean(schedule, t, x0, xt, new Float64Array(8));
    expect(kl).toBeCloseTo(
      meanLoss(muTilde, muTheta, schedule.posteriorVariances[39] as number, 2) as number,
      10,
    );
    // With σ² = β (larger than β̃) the KL also pays for the variance mismatch: it is larger.
    expect(transitionKl(schedule, t, x0, xt, epsHat, "beta", 2) as number).toBeGreaterThan(kl);
  });

  it("L_0: the discretized decoder's bins hold all the mass, and the Gaussian one is a density", () => {
    const t1 = timestep(1, schedule.T);
    const x1 = forwardSample(schedule, t1, x0, eps, new Float64Array(8));
    const gaussian = decoderNll(schedule, x0, x1, epsHat, "gaussian", 8) as number;
    expect(Number.isFinite(gaussian)).toBe(true);
    // Sum the probability of every bin for one coordinate: it must be 1.
    let mass = 0;
    for (let k = 0; k < 256; k++) {
      const pixel = Float64Array.of(-1 + (2 * k) / 255);
      mass += Math.exp(
        -(decoderNll(schedule, pixel, x1.subarray(0, 1), epsHat.subarray(0, 1), "discretized", 1) as number),
      );
    }
    expect(mass).toBeCloseTo(1, 5);
    const noiseless = makeSchedule({ family: "constant", T: 2, beta: 0 });
    expect(isUndefined(decoderNll(noiseless, x0, x0, eps, "gaussian", 8))).toBe(true);
  });
});
