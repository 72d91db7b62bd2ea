import type { PredictorSpec } from "../../worker/sample";
import type { AppState } from "../store";
import { dataDim } from "./model-request";

/** The predictor the settings ask for, or why it is not ready (in words). */
export function predictorSpec(state: AppState): PredictorSpec | string {
  const { predictor } = state.settings;
  switch (predictor) {
    case "exact":
    case "oracle":
      return { kind: predictor };
    case "linear": {
      const { status, weights } = state.linearModel;
      if (status === "training") return "sampling starts once the linear model is trained";
      if (weights) return { kind: "linear", weights };
      if (status === "trained") return "sampling starts once the stopped run's weights arrive";
      // Untrained (reset): W = 0, the exercise's model before its first step, which predicts no noise.
      const dim = dataDim(state.settings);
      return { kind: "linear", weights: new Array<number>((dim + 1) * dim).fill(0) };
    }
    case "mlp": {
      const { status, weights } = state.training;
      if (weights) return { kind: "mlp", weights };
      return status === "untrained"
        ? "train the MLP to sample with it"
        : "sampling starts once the MLP is trained";
    }
  }
}

/**
 * Everything predictorSpec reads besides the settings, for reactions that rerun when the predictor
 * changes (compare with sameParts): progress reports, which replace the training objects, do not count.
 */
export const predictorInputs = (state: AppState) =>
  [
    state.training.weights,
    state.training.status === "untrained",
    state.linearModel.weights,
    state.linearModel.status,
  ] as const;
