import { describe, expect, it } from "vitest";
import { describeSchedule } from "./describe";
import { subscriptParts } from "./subscripts";

describe("subscriptParts", () => {
  it("sets _x and _{…} as subscripts and leaves the rest", () => {
    expect(subscriptParts("ᾱ_T = 0.36: x_{t−1} and x_0.")).toEqual([
      { text: "ᾱ", sub: false },
      { text: "T", sub: true },
      { text: " = 0.36: x", sub: false },
      { text: "t−1", sub: true },
      { text: " and x", sub: false },
      { text: "0", sub: true },
      { text: ".", sub: false },
    ]);
    expect(subscriptParts("no subscripts")).toEqual([{ text: "no subscripts", sub: false }]);
  });
});

describe("describeSchedule", () => {
  it("names the family and its parameters exactly", () => {
    expect(describeSchedule({ family: "linear", T: 200, betaStart: 5e-4, betaEnd: 0.1 })).toBe(
      "linear, T = 200, β 5e−4 → 0.1",
    );
    expect(describeSchedule({ family: "scaled_linear", T: 10, betaStart: 0, betaEnd: 1 })).toBe(
      "scaled linear, T = 10, β 0 → 1",
    );
    expect(describeSchedule({ family: "cosine", T: 1000, s: 0.008 })).toBe("cosine, T = 1000, s = 8e−3");
    expect(describeSchedule({ family: "constant", T: 10, beta: 1 })).toBe("constant, T = 10, β = 1");
    expect(describeSchedule({ family: "custom", betas: [0.4, 0.3, 0.2, 0.1, 0.05] })).toBe(
      "custom, T = 5, β 0.4, 0.3, 0.2, 0.1, …",
    );
  });
});
