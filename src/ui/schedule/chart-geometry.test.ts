import { describe, expect, it } from "vitest";
import {
  betaTop,
  finiteExtent,
  infiniteRuns,
  matchingTimestep,
  niceCeiling,
  sampledIndices,
  stretchedT,
  tickLabel,
  timestepAt,
} from "./chart-geometry";

describe("axes", () => {
  it("top the β axis at a round value just above the largest β, with room to draw, or at 1", () => {
    expect([0.1, 0.0999999999, 0.02, 0.013, 0.6, 1, 0].map(niceCeiling)).toEqual([
      0.1, 0.1, 0.02, 0.02, 1, 1, 1,
    ]);
    expect(betaTop([[5e-4, 0.1]], "fit")).toBe(0.1);
    expect(betaTop([[5e-4, 0.1]], "draw")).toBe(0.2);
    expect(betaTop([[0.16]], "draw")).toBe(0.2);
    expect(betaTop([[0.17]], "draw")).toBe(0.5);
    expect(betaTop([[5e-4, 0.1], [0.3]], "fit")).toBe(0.5);
    expect(betaTop([[5e-4, 0.1]], "full")).toBe(1);
  });

  it("span only finite values, and say when there are none", () => {
    expect(finiteExtent([Float64Array.of(Infinity, 3, -2, -Infinity)])).toEqual([-2, 3]);
    expect(finiteExtent([[5], [Infinity]])).toEqual([4, 6]);
    expect(finiteExtent([[-Infinity, -Infinity]])).toBeNull();
  });

  it("label ticks briefly, never NaN", () => {
    expect([0, 5e-4, 0.05, -10, 1].map(tickLabel)).toEqual(["0", "5e−4", "0.05", "−10", "1"]);
  });
});

describe("points and timesteps", () => {
  it("draw every point of short chains and a strided subset of long ones, always the last", () => {
    expect(sampledIndices(5, 100)).toEqual([0, 1, 2, 3, 4]);
    const long = sampledIndices(10_000, 500);
    expect(long.length).toBeLessThanOrEqual(501);
    expect(long[long.length - 1]).toBe(9999);
  });

  it("find where log SNR is +∞ and where it is −∞", () => {
    expect(infiniteRuns([Infinity, Infinity, 1, -Infinity, -Infinity])).toEqual({
      plusUntil: 2,
      minusFrom: 4,
    });
    expect(infiniteRuns([1, 0])).toEqual({ plusUntil: null, minusFrom: null });
  });

  it("round a pointer to a timestep within 1..T", () => {
    expect(timestepAt((px) => px / 10, 42, 100)).toBe(4);
    expect(timestepAt((px) => px / 10, -50, 100)).toBe(1);
    expect(timestepAt((px) => px / 10, 5000, 100)).toBe(100);
  });

  it("stretch a pinned schedule of another length over this T, and read it at the same point", () => {
    expect(stretchedT(7, 200, 200)).toBe(7);
    expect(stretchedT(1000, 1000, 200)).toBe(200);
    expect(stretchedT(1, 4, 3)).toBe(0.75);
    expect(matchingTimestep(100, 200, 1000)).toBe(500);
    expect(matchingTimestep(1, 200, 3)).toBe(1);
    expect(matchingTimestep(3, 3, 3)).toBe(3);
    expect(matchingTimestep(3, 3, 1000)).toBe(1000);
  });
});
