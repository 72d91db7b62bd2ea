import { describe, expect, it } from "vitest";
import { formatNearOne, formatNumber } from "./format";

describe("formatNumber", () => {
  it("labels undefined and infinite values in words and symbols, never NaN", () => {
    expect(formatNumber(Number.NaN)).toBe("undefined");
    expect(formatNumber(Infinity)).toBe("∞");
    expect(formatNumber(-0.25)).toBe("−0.25");
    expect(formatNumber(0.9995)).toBe("1");
  });
});

describe("formatNearOne", () => {
  it("keeps the digits that tell a value near 1 from 1 itself", () => {
    expect(formatNearOne(0.9995)).toBe("0.9995");
    expect(formatNearOne(0.99951234)).toBe("0.99951");
    expect(formatNearOne(0.9999)).toBe("0.9999");
    expect(formatNearOne(0.99999)).toBe("0.99999");
    expect(formatNearOne(1 - 5e-7)).toBe("1 − 5e−7");
    expect(formatNearOne(1 + 2e-8)).toBe("1 + 2e−8");
    expect(formatNearOne(1.0004)).toBe("1.0004");
  });

  it("keeps fewer digits of the distance where room is short", () => {
    expect(formatNearOne(0.99975, 3, 1)).toBe("0.9998");
    expect(formatNearOne(0.9995, 3, 1)).toBe("0.9995");
    expect(formatNearOne(0.0224, 3, 1)).toBe("0.0224");
  });

  it("prints everything else as formatNumber does", () => {
    for (const x of [1, 0, 0.5, 0.996, 1e-5, -1, 20000, Number.NaN, Infinity]) {
      expect(formatNearOne(x)).toBe(formatNumber(x));
    }
  });
});
