import { describe, expect, it } from "vitest";
import { ExactDenoiser } from "../predictors/exact";
import { OraclePredictor } from "../predictors/oracle";
import type { NoisePredictor } from "../predictors/predictor";
import { makeRng } from "../rng";
import { makeSchedule } from "../schedule";
import { respace, stridedTimesteps } from "./respace";
import { DEFAULT_SAMPLER, ReverseSampler, type SamplerSettings } from "./sampler";
import { generate, reconstruct } from "./start";
import { runWithTrajectory } from "./trajectory";

const schedule = makeSchedule({ family: "linear", T: 200, betaStart: 1e-4, betaEnd: 0.05 });
const settings = (over: Partial<SamplerSettings>): SamplerSettings => ({
  ...DEFAULT_SAMPLER,
  steps: 200,
  ...over,
});

/** Distance from each sample to its nearest training point. */
function nearestDistances(samples: Float32Array, data: Float32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < samples.length; i += 2) {
    let best = Infinity;
    for (let j = 0; j < data.length; j += 2) {
      best = Math.min(
        best,
        Math.hypot(
          (samples[i] as number) - (data[j] as number),
          (samples[i + 1] as number) - (data[j + 1] as number),
        ),
      );
    }
    out.push(best);
  }
  return out;
}

describe("strided sampling arithmetic", () => {
  it("spreads S timesteps over 1..T, ending at T", () => {
    expect(Array.from(stridedTimesteps(1000, 4))).toEqual([250, 500, 750, 1000]);
    expect(Array.from(stridedTimesteps(5, 5))).toEqual([1, 2, 3, 4, 5]);
    expect(() => stridedTimesteps(5, 6)).toThrow(/sampling steps/);
  });

  it("keeps the digits of tiny betas when it merges steps (found by review)", () => {
    const tiny = makeSchedule({ family: "constant", T: 4, beta: 1e-10 });
    const { schedule: jumps } = respace(tiny, 4, 2);
    expect(Math.abs((jumps.betas[0] as number) / (2e-10 - 1e-20) - 1)).toBeLessThan(1e-12);
  });

  it("the respaced chain has the original ᾱ at every visited timestep", () => {
    const { timesteps, schedule: jumps } = respace(schedule, 200, 7);
    timesteps.forEach((tau, i) =>
      expect(jumps.alphaBars[i]).toBeCloseTo(schedule.alphaBars[tau - 1] as number, 12),
    );
  });
});

describe("samplers", () => {
  const rng = makeRng(5, "sampler-data");
  const data = Float32Array.from({ length: 40 }, () => rng.normal() * 2);
  const exact = new ExactDenoiser(schedule, data, 2);

  it("DDPM with the exact denoiser regenerates training points", () => {
    const sampler = generate(schedule, exact, settings({}), 300, 9);
    sampler.run();
    const distances = nearestDistances(sampler.x, data);
    // Every sample lands on a training point, far closer than the points' own spacing (~0.5 here).
    expect(Math.max(...distances)).toBeLessThan(0.05);
  });

  it.each([
    ["DDIM η=0, 20 steps", settings({ method: "ddim", eta: 0, steps: 20 })],
    ["DDPM σ²=β̃, 50 steps", settings({ variance: "betaTilde", steps: 50 })],
  ])("%s also lands on training points, but for the few its coarse last jump averages", (_, s) => {
    const sampler = generate(schedule, exact, s, 200, 10);
    sampler.run();
    const distances = nearestDistances(sampler.x, data).sort((a, b) => a - b);
    expect(distances[Math.floor(0.9 * distances.length)]).toBeLessThan(0.05);
  });

  it("DDIM with η = 1 takes the same steps as DDPM with σ² = β̃", () => {
    const a = generate(schedule, exact, settings({ method: "ddim", eta: 1, steps: 30 }), 50, 11);
    const b = generate(schedule, exact, settings({ variance: "betaTilde", steps: 30 }), 50, 11);
    a.run();
    b.run();
    a.x.forEach((v, i) => expect(v).toBeCloseTo(b.x[i] as number, 3));
  });

  it("DDIM with η = 0 is deterministic: the sampling-noise stream does not matter", () => {
    const start = Float32Array.from({ length: 20 }, (_, i) => Math.sin(i));
    const run = (noiseSeed: number) => {
      const s = new ReverseSampler(
        schedule,
        exact,
        settings({ method: "ddim", steps: 25 }),
        start,
        200,
        makeRng(noiseSeed, "z"),
      );
      s.run();
      return Array.from(s.x);
    };
    expect(run(1)).toEqual(run(2));
  });

  it("reconstruction with the oracle retraces the data exactly (DDIM η=0)", () => {
    const x0 = data.subarray(0, 10);
    const oracle: NoisePredictor = new OraclePredictor(schedule, x0, 2);
    const sampler = reconstruct(schedule, oracle, settings({ method: "ddim", steps: 10 }), x0, 120, 3);
    sampler.run();
    sampler.x.forEach((v, i) => expect(v).toBeCloseTo(x0[i] as number, 3));
  });

  it("records a trajectory within its memory budget, from the start down to t = 0", () => {
    const sampler = generate(schedule, exact, settings({}), 100, 12);
    const bytesPerFrame = 2 * 100 * 2 * 4;
    const trajectory = runWithTrajectory(sampler, 20 * bytesPerFrame);
    expect(trajectory.frames.length).toBeLessThanOrEqual(21);
    expect(trajectory.frames.length).toBeGreaterThan(10);
    expect(trajectory.timesteps[0]).toBe(200);
    expect(trajectory.timesteps.at(-1)).toBe(0);
    expect(trajectory.x0Hats.length).toBe(trajectory.frames.length);
    expect(trajectory.x0Hats[0]).not.toBeNull();
  });

  it("undoes and reports a step whose result leaves float32's range (found by review)", () => {
    // 1 − ᾱ_1 = 1e-300: ε̂ ≈ (x − x̂_0)/1e-150 overflows float32 and would turn the samples into ±∞.
    const broken = makeSchedule({ family: "custom", betas: [1e-300, 1] });
    const trajectory = runWithTrajectory(
      generate(broken, new ExactDenoiser(broken, data, 2), settings({ steps: 2 }), 5, 0),
    );
    expect(trajectory.undefinedSteps.map((s) => s.t)).toEqual([2, 1]);
    expect(trajectory.undefinedSteps[1]?.reason).toMatch(/float32/);
    for (const frame of trajectory.frames) for (const v of frame) expect(Number.isFinite(v)).toBe(true);
  });

  it("reports a step that β = 1 makes impossible, and never writes NaN", () => {
    const broken = makeSchedule({ family: "custom", betas: [0.1, 0.2, 1, 0.3] });
    const sampler = generate(broken, new ExactDenoiser(broken, data, 2), settings({ steps: 4 }), 10, 1);
    const trajectory = runWithTrajectory(sampler);
    expect(trajectory.undefinedSteps.map((s) => s.t)).toEqual([3]);
    expect(trajectory.undefinedSteps[0]?.reason).toMatch(/β_3 = 1/);
    for (const frame of trajectory.frames) for (const v of frame) expect(Number.isNaN(v)).toBe(false);
  });
});
