import type { MlpConfig } from "../nn/config";
import { checkBatch, type NoisePredictor } from "./predictor";

/** What a predictor needs of an MLP: the TypeScript Mlp and the SIMD engine's WasmMlp both have it. */
export interface PredictingMlp {
  readonly config: MlpConfig;
  predict(x: Float32Array, t: Int32Array, n: number, out: Float32Array): void;
}

/** A trained MLP, seen through the predictor interface the samplers and loss readouts use. */
export function mlpPredictor(model: PredictingMlp): NoisePredictor {
  const dim = model.config.inputDim;
  return {
    dim,
    predict(xt, t, out) {
      checkBatch(dim, xt, t, out);
      model.predict(xt, t, t.length, out);
    },
  };
}
