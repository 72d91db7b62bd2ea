import { describe, expect, it } from "vitest";
import { createCoreApi, DELIBERATE_FAILURE } from "./api";

describe("api.calculator", () => {
  const api = createCoreApi();

  it("reproduces the reconstruction-loss example, 0.0011", () => {
    expect(api.calculator("diffusionLoss", [[1], 1, 0.1, 0.2, 5, [1], [0.9]])).toBeCloseTo(0.0011, 4);
  });

  it("returns the training step's intermediates", () => {
    const details = api.calculator("ddpmTrainingStepDetails", [
      [
        [1, 0],
        [0, 1],
      ],
      [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      [0.1, 0.2],
      [0.9, 0.72],
      0.1,
      0,
    ]);
    expect(details.xt).toHaveLength(2);
    expect(details.weights).toHaveLength(3);
    expect(Number.isFinite(details.loss)).toBe(true);
  });
});

describe("api.failForTesting", () => {
  it("throws the deliberate failure", () => {
    expect(() => createCoreApi().failForTesting()).toThrow(DELIBERATE_FAILURE);
  });
});
