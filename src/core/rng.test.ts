import { describe, expect, it } from "vitest";
import { fillNormal, makeRng } from "./rng";

const draws = (seed: number, purpose: string, n = 5) => {
  const rng = makeRng(seed, purpose);
  return Array.from({ length: n }, () => rng.uniform());
};

describe("seeded generators derived from (seed, purpose)", () => {
  it("repeat exactly for the same seed and purpose", () => {
    expect(draws(7, "forward-noise")).toEqual(draws(7, "forward-noise"));
  });

  it("differ across purposes and seeds, so one panel cannot reshuffle another's noise", () => {
    expect(draws(7, "forward-noise")).not.toEqual(draws(7, "data"));
    expect(draws(7, "forward-noise")).not.toEqual(draws(8, "forward-noise"));
  });

  it("draw standard normals with mean 0 and variance 1", () => {
    const n = 100_000;
    const x = fillNormal(makeRng(1, "normal-moments"), new Float64Array(n));
    const mean = x.reduce((s, v) => s + v, 0) / n;
    const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
    // Five standard errors: fails for a wrong transform, passes for a right one with overwhelming odds.
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    const fourth = x.reduce((s, v) => s + v ** 4, 0) / n;
    expect(Math.abs(fourth - 3)).toBeLessThan(0.1);
  });

  it("draw integers uniformly in [0, n)", () => {
    const rng = makeRng(3, "ints");
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[rng.int(4)]! += 1;
    counts.forEach((c) => expect(Math.abs(c - 10_000)).toBeLessThan(500));
  });
});
