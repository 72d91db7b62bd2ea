import type { EngineName } from "../../core/engine/engine";
/** The training status in words: pure functions, so they are tested in Node. */
import type { LinearModelState, TrainingState } from "../../state/slices/training-slice";
import { formatNumber } from "../controls/format";

/** One line on where the MLP's training stands. */
export function mlpStatusText(training: TrainingState): string {
  const { status, step, totalSteps, stopped, imported, weights } = training;
  if (status === "untrained") return "Untrained: press Train";
  if (imported && weights)
    return `Loaded from a file: width ${weights.config.width}, depth ${weights.config.depth}`;
  if (status === "training") return `Training: step ${step} of ${totalSteps}`;
  return stopped ? `Stopped at step ${step} of ${totalSteps}` : `Trained: ${step} steps`;
}

/** One line on where the linear model stands. */
export function linearStatusText(model: LinearModelState): string {
  const { status, step, totalSteps, divergedAt } = model;
  if (status === "untrained") return "Untrained: W = 0, so ε̂ = 0";
  if (status === "training") return `Training: step ${step} of ${totalSteps}`;
  if (divergedAt !== null) return `Diverged at step ${divergedAt}: lower the learning rate`;
  return step < totalSteps ? `Stopped at step ${step} of ${totalSteps}` : `Trained: ${step} SGD steps`;
}

/** Training speed, compactly: "52.1k samples/s". */
export function rateText(samplesPerSec: number | null): string {
  if (samplesPerSec === null) return "– samples/s";
  const rate =
    samplesPerSec >= 1000 ? `${formatNumber(samplesPerSec / 1000, 3)}k` : formatNumber(samplesPerSec);
  return `${rate} samples/s`;
}

/** The training engines as the panel names them. */
export const ENGINE_LABELS: Record<EngineName, string> = {
  "wasm-simd": "WASM SIMD",
  typescript: "TypeScript",
};

/** What the engine label means, for its tooltip. */
export function engineTitle(engine: EngineName | null): string | undefined {
  if (engine === "typescript")
    return "This browser lacks WebAssembly SIMD: training runs on the TypeScript reference engine";
  if (engine === "wasm-simd") return "Training runs on the WebAssembly SIMD engine";
  return undefined;
}
