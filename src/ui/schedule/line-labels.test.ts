import { describe, expect, it } from "vitest";
import { makeSchedule } from "../../core/schedule";
import { labelPlaces, spreadHeights, spreadTimestep } from "./line-labels";

describe("line labels", () => {
  it("sit where the lines are furthest apart, inside the chain", () => {
    const { alphaBars, sqrtAlphaBars, sqrtOneMinusAlphaBars, T } = makeSchedule({
      family: "linear",
      T: 200,
      betaStart: 5e-4,
      betaEnd: 0.1,
    });
    const t = spreadTimestep([alphaBars, sqrtAlphaBars, sqrtOneMinusAlphaBars], T);
    expect(t).toBeGreaterThanOrEqual(30);
    expect(t).toBeLessThanOrEqual(170);
    const values = [alphaBars, sqrtAlphaBars, sqrtOneMinusAlphaBars].map((v) => v[t - 1] as number);
    // Near ᾱ = ¼, where ᾱ and √ᾱ are furthest apart; all three a good way from each other.
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++)
        expect(Math.abs((values[i] as number) - (values[j] as number))).toBeGreaterThan(0.15);
  });

  it("keep their order and a gap, within the plot, when the lines coincide", () => {
    expect(spreadHeights([10, 10, 90], 14, 5, 100)).toEqual([10, 24, 90]);
    expect(spreadHeights([99, 40, 99], 14, 5, 100)).toEqual([86, 40, 100]);
    const flat = [new Float64Array(5).fill(1), new Float64Array(5).fill(1), new Float64Array(5).fill(0)];
    const places = labelPlaces(flat, 5, (v) => 100 - 90 * v, 14, [6, 96]);
    expect(places.map((p) => p.t)).toEqual([3, 3, 3]);
    expect(places.map((p) => p.y)).toEqual([10, 24, 96]);
  });
});
