import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  makeSchedule,
  SCHEDULE_FAMILIES,
  scheduleProblem,
  type Schedule,
  type ScheduleSpec,
} from "./schedule";

const DERIVED_ARRAYS = [
  "betas",
  "alphas",
  "alphaBars",
  "oneMinusAlphaBars",
  "sqrtAlphaBars",
  "sqrtOneMinusAlphaBars",
  "snr",
  "logSnr",
  "posteriorVariances",
] as const satisfies readonly (keyof Schedule)[];

/** A spec of each family at length T, with the given endpoint betas. */
function specsAt(T: number, lo: number, hi: number): ScheduleSpec[] {
  return SCHEDULE_FAMILIES.map((family): ScheduleSpec => {
    switch (family) {
      case "cosine":
        return { family, T, s: 0.008 };
      case "constant":
        return { family, T, beta: hi };
      case "custom":
        return { family, betas: Array.from({ length: T }, (_, i) => (i % 2 ? lo : hi)) };
      default:
        return { family, T, betaStart: lo, betaEnd: hi };
    }
  });
}

describe("schedule families", () => {
  it("linear T=1000 from 1e-4 to 0.02 leaves ᾱ_T ≈ 4.0e-5 (the DDPM paper's setting)", () => {
    const s = makeSchedule({ family: "linear", T: 1000, betaStart: 1e-4, betaEnd: 0.02 });
    expect(s.betas[0]).toBe(1e-4);
    expect(s.betas[999]).toBe(0.02);
    expect(s.alphaBars[999]).toBeGreaterThan(3.9e-5);
    expect(s.alphaBars[999]).toBeLessThan(4.1e-5);
  });

  it("linear T=50 with the default betas leaves ᾱ_T ≈ 0.60: too much signal to sample from N(0, I)", () => {
    const s = makeSchedule({ family: "linear", T: 50, betaStart: 1e-4, betaEnd: 0.02 });
    expect(s.alphaBars[49]).toBeCloseTo(0.6, 2);
  });

  it("cosine follows ᾱ(t) = f(t)/f(0) with f = cos²(((t/T + s)/(1 + s))·π/2), until β is capped", () => {
    const T = 100;
    const s = 0.008;
    const sched = makeSchedule({ family: "cosine", T, s });
    const f = (t: number) => Math.cos(((t / T + s) / (1 + s)) * (Math.PI / 2)) ** 2;
    for (let t = 1; t < T; t++) expect(sched.alphaBars[t - 1]).toBeCloseTo(f(t) / f(0), 12);
    expect(sched.betas[T - 1]).toBe(0.999);
    expect(Math.max(...sched.betas)).toBeLessThanOrEqual(0.999);
  });

  it("scaled_linear is linear in √β", () => {
    const s = makeSchedule({ family: "scaled_linear", T: 11, betaStart: 0.0001, betaEnd: 0.01 });
    const roots = Array.from(s.betas, Math.sqrt);
    for (let i = 1; i < 11; i++)
      expect((roots[i] as number) - (roots[i - 1] as number)).toBeCloseTo(0.009, 12);
  });

  it("sigmoid rises monotonically between β_start and β_end, through their midpoint", () => {
    const s = makeSchedule({ family: "sigmoid", T: 101, betaStart: 0.001, betaEnd: 0.05 });
    for (let i = 1; i < 101; i++) expect(s.betas[i]).toBeGreaterThan(s.betas[i - 1] as number);
    expect(s.betas[50]).toBeCloseTo((0.001 + 0.05) / 2, 12);
    expect(s.betas[0]).toBeGreaterThan(0.001);
    expect(s.betas[100]).toBeLessThan(0.05);
  });

  it("ᾱ_t is the running product of 1 − β, and β̃_t = (1 − ᾱ_{t−1})/(1 − ᾱ_t)·β_t", () => {
    const betas = [0.1, 0.2, 0.5, 0.05];
    const s = makeSchedule({ family: "custom", betas });
    let product = 1;
    betas.forEach((b, i) => {
      const prev = product;
      product *= 1 - b;
      expect(s.alphaBars[i]).toBeCloseTo(product, 14);
      expect(s.posteriorVariances[i]).toBeCloseTo(((1 - prev) / (1 - product)) * b, 14);
      expect(s.snr[i]).toBeCloseTo(product / (1 - product), 12);
    });
  });
});

describe("degenerate settings are lessons, not crashes", () => {
  it.each([1, 2, 10, 1000, 10000])("no NaN in any family at T=%i, including β = 0 and β = 1", (T) => {
    for (const [lo, hi] of [
      [1e-4, 0.02],
      [0, 0],
      [1, 1],
      [0, 1],
      [1, 0],
    ] as const) {
      for (const spec of specsAt(T, lo, hi)) {
        const s = makeSchedule(spec);
        expect(s.T).toBe(T);
        for (const key of DERIVED_ARRAYS) {
          const nan = s[key].findIndex((v) => Number.isNaN(v));
          expect(nan, `${spec.family} ${lo}..${hi}: ${key}[${nan}] is NaN`).toBe(-1);
        }
      }
    }
  });

  it("β = 0 everywhere: all signal stays (ᾱ = 1, SNR = ∞) and the posterior is a point mass", () => {
    const s = makeSchedule({ family: "constant", T: 5, beta: 0 });
    expect(Array.from(s.alphaBars)).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(s.snr)).toEqual(Array(5).fill(Infinity));
    expect(Array.from(s.posteriorVariances)).toEqual([0, 0, 0, 0, 0]);
  });

  it("β = 1 at the first step: no signal is left from then on (ᾱ = 0, log SNR = −∞)", () => {
    const s = makeSchedule({ family: "custom", betas: [1, 0.1, 0] });
    expect(Array.from(s.alphaBars)).toEqual([0, 0, 0]);
    expect(Array.from(s.oneMinusAlphaBars)).toEqual([1, 1, 1]);
    expect(Array.from(s.logSnr)).toEqual([-Infinity, -Infinity, -Infinity]);
    expect(Array.from(s.posteriorVariances)).toEqual([0, 0.1, 0]);
  });

  it.each<[ScheduleSpec, RegExp]>([
    [{ family: "linear", T: 10, betaStart: -0.1, betaEnd: 0.2 }, /β_start/],
    [{ family: "linear", T: 10, betaStart: 0.1, betaEnd: 1.5 }, /β_end/],
    [{ family: "linear", T: 0, betaStart: 0.1, betaEnd: 0.2 }, /T must be/],
    [{ family: "sigmoid", T: 2.5, betaStart: 0.1, betaEnd: 0.2 }, /T must be/],
    [{ family: "constant", T: 3, beta: Number.NaN }, /β must/],
    [{ family: "cosine", T: 3, s: -1 }, /offset s/],
    [{ family: "custom", betas: [0.1, 2] }, /β_2/],
    [{ family: "custom", betas: [] }, /T must be/],
  ])("rejects %j with a message naming the field", (spec, message) => {
    expect(scheduleProblem(spec)).toMatch(message);
    expect(() => makeSchedule(spec)).toThrow(message);
  });
});

describe("properties of every valid schedule (fast-check)", () => {
  const probability = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
  const T = fc.integer({ min: 1, max: 300 });
  const spec: fc.Arbitrary<ScheduleSpec> = fc.oneof(
    fc.record({
      family: fc.constantFrom("linear" as const, "scaled_linear" as const, "sigmoid" as const),
      T,
      betaStart: probability,
      betaEnd: probability,
    }),
    fc.record({ family: fc.constant("cosine" as const), T, s: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ family: fc.constant("constant" as const), T, beta: probability }),
    fc.record({
      family: fc.constant("custom" as const),
      betas: fc.array(probability, { minLength: 1, maxLength: 300 }),
    }),
  );

  it("ᾱ falls from at most 1 towards 0, 1 − ᾱ complements it, and 0 ≤ β̃_t ≤ β_t, with no NaN anywhere", () => {
    fc.assert(
      fc.property(spec, (s) => {
        if (scheduleProblem(s) !== null) return false;
        const sched = makeSchedule(s);
        let prev = 1;
        for (let i = 0; i < sched.T; i++) {
          const ab = sched.alphaBars[i] as number;
          const tilde = sched.posteriorVariances[i] as number;
          const ok =
            ab <= prev &&
            ab >= 0 &&
            Math.abs(ab + (sched.oneMinusAlphaBars[i] as number) - 1) < 1e-12 &&
            tilde >= 0 &&
            tilde <= (sched.betas[i] as number) * (1 + 1e-12) &&
            DERIVED_ARRAYS.every((key) => !Number.isNaN(sched[key][i]));
          if (!ok) return false;
          prev = ab;
        }
        return true;
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
