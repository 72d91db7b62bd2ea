import { describe, expect, it } from "vitest";
import { fillNormal, makeRng } from "../rng";
import { qualityReport } from "./quality-report";
import { slicedWasserstein, wasserstein2Squared1d } from "./sliced-wasserstein";

const gaussian = (seed: number, n: number, dim: number, shift = 0): Float64Array =>
  fillNormal(makeRng(seed, "sw-test"), new Float64Array(n * dim)).map((x) => x + shift);

describe("wasserstein2Squared1d", () => {
  it("matches sorted values for equal sizes and integrates quantile functions for unequal ones", () => {
    expect(wasserstein2Squared1d([0, 1], [2, 3])).toBe(4);
    // Quantiles: A is 0 on (0, 1]; B is 0 on (0, ½] and 2 on (½, 1] → ½·0 + ½·4.
    expect(wasserstein2Squared1d([0], [0, 2])).toBe(2);
    // Breakpoints 1/3, 1/2, 2/3: (1/3)·1 + (1/6)·0 + (1/6)·1 + (1/3)·0 with A = {0,1,2}, B = {1,2}.
    expect(wasserstein2Squared1d([0, 1, 2], [1, 2])).toBeCloseTo(0.5, 12);
  });
});

describe("slicedWasserstein", () => {
  const a = gaussian(1, 300, 2);
  const b = gaussian(2, 200, 2, 0.5);

  it("is 0 between a set and itself, and symmetric", () => {
    expect(slicedWasserstein(a, a, 2)).toBe(0);
    expect(slicedWasserstein(a, b, 2)).toBeGreaterThan(0);
    expect(slicedWasserstein(a, b, 2)).toBeCloseTo(slicedWasserstein(b, a, 2), 12);
  });

  it("gives the same number for the same inputs and seed, and accepts Float32Array", () => {
    expect(slicedWasserstein(a, b, 2, { seed: 7 })).toBe(slicedWasserstein(a, b, 2, { seed: 7 }));
    expect(slicedWasserstein(a, b, 2, { seed: 7 })).not.toBe(slicedWasserstein(a, b, 2, { seed: 8 }));
    const a32 = Float32Array.from(a);
    expect(slicedWasserstein(a32, b, 2)).toBeCloseTo(slicedWasserstein(a, b, 2), 5);
  });

  it("is the exact 1D W2 in one dimension, whatever the direction's sign", () => {
    for (const seed of [0, 1, 2, 3]) {
      expect(slicedWasserstein(Float64Array.of(0, 1), Float64Array.of(2, 3), 1, { seed })).toBe(2);
      expect(slicedWasserstein(Float64Array.of(0), Float64Array.of(0, 2), 1, { seed })).toBeCloseTo(
        Math.SQRT2,
        12,
      );
    }
  });

  it("measures a translation by v as |v|·sqrt(mean cos²) = |v|/√2 in 2D", () => {
    const v = [3, -4]; // |v| = 5
    const shifted = a.map((x, i) => x + (v[i % 2] as number));
    // Var(cos²φ) = 1/8 for uniform φ, so the mean of cos² over K directions is ½ ± σ with σ = √(1/(8K)),
    // a relative error 2σ, and the square root halves it: SW2 = |v|/√2 · (1 ± σ). Tolerances are 4σ.
    const expected = 5 / Math.SQRT2;
    const tolerance = (k: number) => expected * 4 * Math.sqrt(1 / (8 * k));
    expect(Math.abs(slicedWasserstein(a, shifted, 2) - expected)).toBeLessThan(tolerance(128));
    expect(Math.abs(slicedWasserstein(a, shifted, 2, { projections: 4096 }) - expected)).toBeLessThan(
      tolerance(4096),
    );
  });

  it("works in image dimension", () => {
    const x = gaussian(3, 100, 256);
    expect(slicedWasserstein(x, x, 256)).toBe(0);
    const y = x.map((value) => value + 1);
    // Shift by the all-ones vector: (θ·1)² averages |1|²/d = 1 over the sphere.
    expect(slicedWasserstein(x, y, 256)).toBeCloseTo(1, 0);
  });

  it("rejects empty sets and misshapen arrays", () => {
    expect(() => slicedWasserstein(new Float64Array(0), a, 2)).toThrow(RangeError);
    expect(() => slicedWasserstein(Float64Array.of(1, 2, 3), a, 2)).toThrow(RangeError);
    expect(() => slicedWasserstein(a, a, 2, { projections: 0 })).toThrow(RangeError);
  });

  it("is near 0 between two large samples of one Gaussian and far from a shifted one", () => {
    const same = slicedWasserstein(gaussian(4, 2000, 2), gaussian(5, 2000, 2), 2);
    const shifted = slicedWasserstein(gaussian(4, 2000, 2), gaussian(5, 2000, 2, 1), 2);
    expect(same).toBeLessThan(0.1);
    expect(shifted).toBeGreaterThan(10 * same);
  });
});

describe("qualityReport", () => {
  const train = gaussian(10, 1000, 2);
  const heldOut = gaussian(11, 1000, 2);

  it("scores the training set itself at the floor, and a shifted generator far above it", () => {
    const perfect = qualityReport(train, heldOut, train, 2);
    expect(perfect.floor).toBeGreaterThan(0);
    expect(perfect.ratio).toBeCloseTo(1, 12);
    const fresh = qualityReport(gaussian(12, 1000, 2), heldOut, train, 2);
    expect(fresh.ratio).toBeLessThan(2);
    const bad = qualityReport(gaussian(12, 1000, 2, 1), heldOut, train, 2);
    expect(bad.distance).toBeGreaterThan(bad.floor);
    expect(bad.ratio).toBeGreaterThan(5);
  });

  it("never returns NaN when the floor is 0", () => {
    expect(qualityReport(train, train, train, 2).ratio).toBe(1);
    expect(qualityReport(heldOut, train, train, 2).ratio).toBe(Infinity);
  });

  it("refuses samples that are not finite rather than report NaN (found by review)", () => {
    expect(() => slicedWasserstein(Float32Array.of(0, Number.NaN), Float32Array.of(0, 1), 1)).toThrow(
      /not finite/,
    );
  });
});
