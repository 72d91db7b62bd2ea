import { describe, expect, it } from "vitest";
import { animationPlan } from "./animation-plan";

const pacing = { fps: 10, seconds: 2, startHold: 0.5, endHold: 1 };

describe("animation plan", () => {
  it("shows every picture of a short chain for an equal share of the pass, resting at both ends", () => {
    const plan = animationPlan(4, pacing);
    expect(plan).toHaveLength(5 + 20 + 10);
    expect(plan.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    const pass = plan.slice(5, 25);
    for (let picture = 0; picture < 4; picture++) {
      expect(pass.filter((p) => p === picture)).toHaveLength(5);
    }
    expect(plan.slice(25)).toEqual(new Array(10).fill(3));
  });

  it("skips evenly through a long chain, from the first picture to the last, never backwards", () => {
    const pass = animationPlan(1000, { ...pacing, startHold: 0, endHold: 0 });
    expect(pass).toHaveLength(20);
    expect(pass[0]).toBe(0);
    expect(pass.at(-1)).toBe(999);
    expect(pass.every((p, i) => i === 0 || p > (pass[i - 1] as number))).toBe(true);
  });

  it("keeps a single picture on screen for the whole video, and has nothing for no pictures", () => {
    expect(new Set(animationPlan(1, pacing))).toEqual(new Set([0]));
    expect(animationPlan(0, pacing)).toEqual([]);
  });
});
