import { describe, expect, it } from "vitest";
import { createCoreApi, DELIBERATE_FAILURE } from "./api";
import { SMALL_SAMPLE_REQUEST } from "./testing";

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

describe("api.failNextForTesting", () => {
  it("makes only the next job of its kind throw", async () => {
    const api = createCoreApi();
    const request = { ...SMALL_SAMPLE_REQUEST, mode: { kind: "generate", n: 5 } } as const;
    api.failNextForTesting("sample");
    await expect(api.sample(request)).rejects.toThrow(DELIBERATE_FAILURE);
    expect((await api.sample(request)).status).toBe("done");
  });
});
