/** The reverse panel's readouts in words: pure functions, so they are tested in Node. */
import type { QualityResult } from "../../worker/quality";
import { formatNumber } from "../controls/format";

/** The quality readout's pieces: distance, the data's floor, their ratio, and the memorized share. */
export function qualityText({ quality, memorization }: QualityResult): {
  distance: string;
  floor: string;
  ratio: string;
  memorized: string;
} {
  return {
    distance: formatNumber(quality.distance),
    floor: formatNumber(quality.floor),
    ratio: `${formatNumber(quality.ratio, 2)}×`,
    memorized: `${formatNumber(Math.round(memorization.share * 1000) / 10, 3)}%`,
  };
}

/** Steps the sampler could not take, in one sentence (null when every step was taken). */
export function undefinedStepsText(steps: readonly { t: number; reason: string }[]): string | null {
  const first = steps[0];
  if (!first) return null;
  if (steps.length === 1) return `The step from t = ${first.t} could not be taken: ${first.reason}.`;
  const last = steps[steps.length - 1] as { t: number };
  return `${steps.length} steps (t = ${first.t} to ${last.t}) could not be taken; the first because ${first.reason}.`;
}

/** A word on a degenerate data set whose every point is the same (floor 0), or null. */
export function qualityNote({ quality }: QualityResult): string | null {
  return quality.floor === 0
    ? "Every data point is the same, so the floor is 0: any distance at all is ∞× it, and nothing counts as memorized."
    : null;
}
