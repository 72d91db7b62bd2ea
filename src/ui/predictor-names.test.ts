import { describe, expect, it } from "vitest";
import { PREDICTOR_KINDS } from "../state/settings";
import { predictorLabel, predictorName } from "./predictor-names";

describe("predictor names", () => {
  it("name every predictor once, the menu label being the name with its note", () => {
    expect(PREDICTOR_KINDS.map(predictorLabel)).toEqual([
      expect.stringMatching(/\(/),
      expect.stringMatching(/\(/),
      expect.stringMatching(/\(/),
      expect.stringMatching(/\(/),
    ]);
    expect(predictorLabel("exact")).toBe("Exact denoiser (optimal)");
    expect(predictorName("exact")).toBe("exact denoiser");
    expect(predictorLabel("mlp")).toBe("MLP (trained here)");
  });
});
