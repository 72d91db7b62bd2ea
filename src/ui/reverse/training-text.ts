/** The training status in words: pure functions, so they are tested in Node. */
import type { LinearModelState, TrainingState } from "../../state/slices/training-slice";
import { formatNumber } from "../controls/format";

/** One line on where the MLP's training stands. */
export function mlpStatusText(training: TrainingState): string {
  const { status, step, totalSteps, stopped } = training;
  if (status === "untrained") return "Untrained: press Train";
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
