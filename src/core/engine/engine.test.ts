import engineWasm from "virtual:engine-wasm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeDataset } from "../data/datasets";
import { DEFAULT_MLP_CONFIG } from "../nn/config";
import { Mlp } from "../nn/mlp";
import { mlpPredictor } from "../predictors/mlp-predictor";
import { DEFAULT_RECIPE } from "../recipe";
import { makeSchedule } from "../schedule";
import { Trainer } from "../training/trainer";
import { loadEngine, type Engine } from "./engine";
import { WasmMlp } from "./wasm-mlp";
import { webAssembly } from "./webassembly";

/** What a worker does with whichever engine it got: train a few steps, then predict with the EMA weights. */
function trainAndPredict(engine: Engine): Float32Array {
  const schedule = makeSchedule(DEFAULT_RECIPE.schedule);
  const { data } = makeDataset({ kind: "points", name: "moons", n: 200 }, 0);
  const trainer = new Trainer(
    schedule,
    data,
    engine.createModel(DEFAULT_MLP_CONFIG, 3),
    DEFAULT_RECIPE.training,
    3,
  );
  for (let i = 0; i < 10; i++) trainer.step();
  const predictor = mlpPredictor(engine.modelFromJSON(trainer.samplingModel().toJSON()));
  const out = new Float32Array(4);
  predictor.predict(Float32Array.of(0.1, 0.2, -1, 0.5), Int32Array.of(5, 150), out);
  return out;
}

describe("choosing the engine", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is the SIMD engine where WebAssembly validates its module", async () => {
    const engine = await loadEngine(engineWasm);
    expect(engine.name).toBe("wasm-simd");
    expect(engine.createModel(DEFAULT_MLP_CONFIG, 1)).toBeInstanceOf(WasmMlp);
  });

  it("falls back to TypeScript where the module does not validate (no WebAssembly SIMD), and computes the same", async () => {
    const simd = trainAndPredict(await loadEngine(engineWasm));
    vi.spyOn(webAssembly!, "validate").mockReturnValue(false);
    const fallback = await loadEngine(engineWasm);
    expect(fallback.name).toBe("typescript");
    expect(fallback.createModel(DEFAULT_MLP_CONFIG, 1)).toBeInstanceOf(Mlp);
    const reference = trainAndPredict(fallback);
    reference.forEach((value, i) => expect(simd[i]).toBeCloseTo(value, 4));
  });

  it("falls back to TypeScript for bytes that are no WebAssembly module", async () => {
    expect((await loadEngine(Uint8Array.of(1, 2, 3))).name).toBe("typescript");
  });
});
