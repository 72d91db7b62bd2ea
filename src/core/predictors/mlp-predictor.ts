import type { Mlp } from "../nn/mlp";
import { checkBatch, type NoisePredictor } from "./predictor";

/** A trained MLP, seen through the predictor interface the samplers and loss readouts use. */
export function mlpPredictor(model: Mlp): NoisePredictor {
  const dim = model.config.inputDim;
  return {
    dim,
    predict(xt, t, out) {
      checkBatch(dim, xt, t, out);
      model.predict(xt, t, t.length, out);
    },
  };
}
