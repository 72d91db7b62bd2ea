/**
 * The core's requests built from the settings: the full MLP config and training settings (the settings
 * hold only what users change; the rest is the recipe's).
 */
import type { MlpConfig } from "../../core/nn/config";
import { DEFAULT_RECIPE } from "../../core/recipe";
import type { TrainingSettings } from "../../core/training/trainer";
import type { Settings } from "../settings";

/** Values per data point: 2 for point clouds and drawings, size² for images. */
export function dataDim(settings: Settings): number {
  const { dataset } = settings;
  return dataset.kind === "image" ? dataset.size * dataset.size : 2;
}

/** The MLP the settings describe, sized for their data set. */
export function mlpConfigFor(settings: Settings): MlpConfig {
  return { ...DEFAULT_RECIPE.model, ...settings.model, inputDim: dataDim(settings) };
}

/** Training settings for a run of `steps` steps (the learning rate decays over exactly that run). */
export function trainingSettingsFor(settings: Settings, steps: number): TrainingSettings {
  return { ...DEFAULT_RECIPE.training, ...settings.training, totalSteps: steps };
}
