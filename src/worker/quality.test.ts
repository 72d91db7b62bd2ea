import { describe, expect, it } from "vitest";
import { makeDataset, type DatasetSpec } from "../core/data/datasets";
import { createCoreApi } from "./api";

describe("api.quality", () => {
  const dataset: DatasetSpec = { kind: "points", name: "moons", n: 300 };

  it("flags copies of the training set as memorized, and fresh draws mostly not", () => {
    const api = createCoreApi();
    const copies = api.quality({ dataset, seed: 2, samples: makeDataset(dataset, 2).data });
    expect(copies.memorization.share).toBe(1);
    const fresh = api.quality({ dataset, seed: 2, samples: makeDataset(dataset, 2, "fresh").data });
    expect(fresh.memorization.share).toBeLessThan(0.5);
    expect(fresh.quality.ratio).toBeGreaterThan(0);
    expect(Number.isFinite(fresh.quality.ratio)).toBe(true);
  });
});
