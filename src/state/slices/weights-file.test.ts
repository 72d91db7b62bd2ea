import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MLP_CONFIG } from "../../core/nn/config";
import { Mlp } from "../../core/nn/mlp";
import { createCoreClient } from "../../worker/client";
import { inThreadWorkers } from "../../worker/testing";
import type { Settings } from "../settings";
import { createAppStore, type AppStore } from "../store";
import { SMALL_SETTINGS, until } from "../testing-store";
import { parseWeightsFile } from "./weights-file";

const small = { ...DEFAULT_MLP_CONFIG, width: 8, depth: 1 };
const weightsText = (inputDim = 2): string => JSON.stringify(Mlp.seeded({ ...small, inputDim }, 3).toJSON());
const reasonFor = (text: string, dim = 2): string => {
  try {
    parseWeightsFile(text, dim);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a refusal");
};

describe("reading a weights file", () => {
  it("gives back exactly the weights that were saved", () => {
    const saved = Mlp.seeded(small, 3).toJSON();
    expect(parseWeightsFile(JSON.stringify(saved), 2)).toEqual(saved);
  });

  it("refuses what is not JSON, not weights, or broken weights, saying why", () => {
    expect(reasonFor("{not json")).toMatch(/not JSON/);
    expect(reasonFor("[1, 2, 3]")).toMatch(/does not hold MLP weights.*config must be an object/);
    expect(reasonFor(JSON.stringify({ config: { ...small, width: -1 }, params: [] }))).toMatch(/width/);
    const saved = Mlp.seeded(small, 3).toJSON();
    const short = { ...saved, params: saved.params.slice(1) };
    expect(reasonFor(JSON.stringify(short))).toMatch(/needs \d+ parameters, the file has \d+/);
    const bad = { ...saved, params: saved.params.map((p, i) => (i === 5 ? "x" : p)) };
    expect(reasonFor(JSON.stringify(bad))).toMatch(/finite float32/);
  });

  it("refuses a config promising a huge network without allocating it", () => {
    const huge = { config: { ...small, width: 1_000_000, depth: 50 }, params: [0] };
    expect(reasonFor(JSON.stringify(huge))).toMatch(/the file has 1/);
  });

  it("refuses weights for data of another dimension, naming both", () => {
    expect(reasonFor(weightsText(9), 2)).toBe(
      "these weights are for data with 9 values per point (3×3 images), but the data on show has " +
        "2 values per point (points in the plane): pick matching data first",
    );
  });
});

describe("importing weights into the store", () => {
  const disposers: (() => void)[] = [];
  afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));
  const open = (settings: Settings): AppStore => {
    const client = createCoreClient(inThreadWorkers().make);
    const { store, dispose } = createAppStore({ client, autoTrain: true }, settings);
    disposers.push(() => (dispose(), client.terminate()));
    return store;
  };

  it("stops training, marks the model trained and imported, picks the MLP and samples with it", async () => {
    const store = open({ ...SMALL_SETTINGS, predictor: "exact" });
    expect(store.getState().importWeights(weightsText())).toEqual({ imported: true });
    const { training, settings } = store.getState();
    expect(training).toMatchObject({ status: "trained", imported: true });
    expect(training.weights?.config.width).toBe(8);
    expect(settings.predictor).toBe("mlp");
    const sampled = await until(store, (s) => s.reverse.status === "ready");
    expect(sampled.reverse.result?.samples.length).toBeGreaterThan(0);
    expect(store.getState().training.imported).toBe(true);
  });

  it("replaces a model in training, whose late result is dropped", async () => {
    const store = open({ ...SMALL_SETTINGS, training: { ...SMALL_SETTINGS.training, totalSteps: 20_000 } });
    await until(store, (s) => s.training.step > 0);
    store.getState().importWeights(weightsText());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.getState().training).toMatchObject({ status: "trained", imported: true, step: 0 });
    expect(store.getState().training.weights?.config.width).toBe(8);
  });

  it("leaves the model as it was when the file is refused", () => {
    const store = open({ ...SMALL_SETTINGS, predictor: "exact" });
    const before = store.getState().training;
    const outcome = store.getState().importWeights(weightsText(4));
    expect(outcome).toMatchObject({ imported: false, reason: expect.stringMatching(/2×2 images/) });
    expect(store.getState().training).toBe(before);
    expect(store.getState().settings.predictor).toBe("exact");
  });
});
