import { describe, expect, it } from "vitest";
import { fillNormal, makeRng } from "../rng";
import { MEMORIZATION_FACTOR, memorization, nearestSquaredDistances } from "./memorization";

const gaussian = (seed: number, n: number, dim: number): Float64Array =>
  fillNormal(makeRng(seed, "memorization-test"), new Float64Array(n * dim));

describe("nearestSquaredDistances", () => {
  it("finds each query's nearest reference point", () => {
    const reference = Float64Array.of(0, 0, 10, 0, 0, 5);
    const queries = Float64Array.of(9, 1, 0, 0, 1, 4);
    expect(Array.from(nearestSquaredDistances(queries, reference, 2, new Float64Array(3)))).toEqual([
      2, 0, 2,
    ]);
  });

  it("gives the same answer on the 2D fast path and the general loop", () => {
    // The same points with a zero third coordinate take the general path.
    const lift = (points: Float64Array): Float64Array => {
      const lifted = new Float64Array((points.length / 2) * 3);
      for (let i = 0; i < points.length / 2; i++) lifted.set(points.subarray(2 * i, 2 * i + 2), 3 * i);
      return lifted;
    };
    const reference = gaussian(8, 50, 2);
    const queries = gaussian(9, 30, 2);
    const flat = nearestSquaredDistances(queries, reference, 2, new Float64Array(30));
    const lifted = nearestSquaredDistances(lift(queries), lift(reference), 3, new Float64Array(30));
    expect(Array.from(lifted)).toEqual(Array.from(flat));
  });
});

describe("memorization", () => {
  const dim = 2;
  const train = gaussian(1, 1000, dim);
  const heldOut = gaussian(2, 1000, dim);

  it("flags copies of training points with tiny jitter", () => {
    const rng = makeRng(3, "memorization-test");
    const copies = new Float64Array(500 * dim);
    for (let i = 0; i < 500; i++) {
      const source = rng.int(1000) * dim;
      for (let c = 0; c < dim; c++) copies[i * dim + c] = (train[source + c] as number) + 1e-4 * rng.normal();
    }
    const report = memorization(copies, heldOut, train, dim);
    expect(report.share).toBeGreaterThan(0.95);
    expect(report.typicalDistance).toBeGreaterThan(0);
    expect(report.threshold).toBeCloseTo(MEMORIZATION_FACTOR * report.typicalDistance, 12);
  });

  it("flags few fresh draws from the same distribution", () => {
    const report = memorization(gaussian(4, 1000, dim), heldOut, train, dim);
    expect(report.share).toBeLessThan(0.2);
    // ≈ 1 − 2^(−1/9) ≈ 7% for locally uniform density in 2D.
    expect(report.share).toBeGreaterThan(0.02);
  });

  it("flags no fresh draws in image dimension", () => {
    const d = 64;
    const report = memorization(gaussian(5, 200, d), gaussian(6, 200, d), gaussian(7, 400, d), d);
    expect(report.share).toBe(0);
  });

  it("reports 0 for no samples and rejects an empty training or held-out set", () => {
    expect(memorization(new Float64Array(0), heldOut, train, dim).share).toBe(0);
    expect(() => memorization(heldOut, heldOut, new Float64Array(0), dim)).toThrow(RangeError);
    expect(() => memorization(heldOut, new Float64Array(0), train, dim)).toThrow(RangeError);
  });
});
