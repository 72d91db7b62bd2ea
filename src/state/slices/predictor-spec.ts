import type { PredictorSpec } from "../../worker/sample";
import type { AppState } from "../store";
import { dataDim } from "./model-request";

/** The predictor the settings ask for, or why it is not ready. */
export function predictorSpec(state: AppState): PredictorSpec | string {
  const { predictor } = state.settings;
  switch (predictor) {
    case "exact":
    case "oracle":
      return { kind: predictor };
    case "linear": {
      // The linear model's weights start at zero (ε̂ = 0): the exercise's untrained model.
      const dim = dataDim(state.settings);
      return { kind: "linear", weights: new Array<number>((dim + 1) * dim).fill(0) };
    }
    case "mlp":
      return state.training.weights
        ? { kind: "mlp", weights: state.training.weights }
        : "train the MLP to sample with it";
  }
}
