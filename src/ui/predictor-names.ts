/** The noise predictors as the page names them: one map, so every panel calls each the same. */
import type { PredictorKind } from "../state/settings";

/** Each predictor's name (lower case where it is an ordinary noun) and what sets it apart. */
const PREDICTORS: Record<PredictorKind, { readonly name: string; readonly note: string }> = {
  mlp: { name: "MLP", note: "trained here" },
  exact: { name: "exact denoiser", note: "optimal" },
  linear: { name: "linear model", note: "exercise" },
  oracle: { name: "oracle", note: "true noise" },
};

/** The short name, for running text and headings ("exact denoiser"). */
export const predictorName = (kind: PredictorKind): string => PREDICTORS[kind].name;

/** The name with its note, capitalised, for the predictor menu ("Exact denoiser (optimal)"). */
export function predictorLabel(kind: PredictorKind): string {
  const { name, note } = PREDICTORS[kind];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} (${note})`;
}
