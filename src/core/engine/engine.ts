/**
 * Which engine trains and samples. The SIMD engine (WebAssembly SIMD kernels compiled from ./assembly)
 * wherever the JavaScript engine validates its module; elsewhere the TypeScript reference (src/core/nn,
 * src/core/predictors), which computes the same functions. Both sides of an Engine hand out models that the
 * Trainer trains, mlpPredictor wraps and `toJSON` serialises the same way, so callers never branch on it.
 */
import type { MlpConfig } from "../nn/config";
import { Mlp } from "../nn/mlp";
import { ExactDenoiser } from "../predictors/exact";
import type { Schedule } from "../schedule";
import { wasmWindowMean } from "./wasm-exact";
import { WasmMlp } from "./wasm-mlp";
import { webAssembly, type WasmModule } from "./webassembly";

export type EngineName = "wasm-simd" | "typescript";

/** A noise-predictor MLP of either engine. */
export type EngineModel = Mlp | WasmMlp;

export interface Engine {
  readonly name: EngineName;
  /** A fresh network with the product's seeded initial weights (the same weights on either engine). */
  createModel(config: MlpConfig, seed: number): EngineModel;
  /** A network from `toJSON` output (either engine's); throws like Mlp.fromJSON on a bad one. */
  modelFromJSON(json: unknown): EngineModel;
  /** The exact denoiser of these data. */
  exactDenoiser(schedule: Schedule, data: Float32Array, dim: number): ExactDenoiser;
}

export const TYPESCRIPT_ENGINE: Engine = {
  name: "typescript",
  createModel: (config, seed) => Mlp.seeded(config, seed),
  modelFromJSON: (json) => Mlp.fromJSON(json),
  exactDenoiser: (schedule, data, dim) => new ExactDenoiser(schedule, data, dim),
};

/** The SIMD engine over a compiled engine module. */
function simdEngine(module: WasmModule): Engine {
  const windowMean = wasmWindowMean(module);
  // The reference MLP draws the initial weights and checks a weights file; the engine runs them.
  const fromReference = ({ config, params }: Mlp) => new WasmMlp(module, config, params);
  return {
    name: "wasm-simd",
    createModel: (config, seed) => fromReference(Mlp.seeded(config, seed)),
    modelFromJSON: (json) => fromReference(Mlp.fromJSON(json)),
    exactDenoiser: (schedule, data, dim) => new ExactDenoiser(schedule, data, dim, windowMean),
  };
}

/**
 * The engine to use here: the SIMD engine when this JavaScript engine validates `wasm` (which needs
 * WebAssembly with SIMD), else the TypeScript one. The module compiles asynchronously; each model or
 * denoiser then instantiates it synchronously, which Chrome allows on the main thread only for modules
 * under 4 kB: use the SIMD engine in a worker (as the app does) or in Node.
 */
export async function loadEngine(wasm: Uint8Array): Promise<Engine> {
  if (!webAssembly?.validate(wasm)) return TYPESCRIPT_ENGINE;
  return simdEngine(await webAssembly.compile(wasm));
}
