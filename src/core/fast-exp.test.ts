import { describe, expect, it } from "vitest";
import { expNonPositive } from "./fast-exp";
import { makeRng } from "./rng";

describe("expNonPositive", () => {
  it("matches Math.exp to 1e-8 relative down to −708", () => {
    const rng = makeRng(1, "fast-exp");
    for (let i = 0; i < 100_000; i++) {
      const x = -rng.uniform() * (i % 2 ? 40 : 708);
      const want = Math.exp(x);
      expect(Math.abs(expNonPositive(x) - want)).toBeLessThanOrEqual(1e-8 * want);
    }
  });

  it("is exact at 0 and returns 0 where e^x would be subnormal", () => {
    expect(expNonPositive(0)).toBe(1);
    expect(expNonPositive(-709)).toBe(0);
    expect(expNonPositive(-800)).toBe(0);
    expect(expNonPositive(-Infinity)).toBe(0);
  });
});
