/**
 * The reverse run the settings ask for, sized so it finishes in a few seconds: the exact denoiser and long
 * chains walk fewer points.
 */
import type { PredictorSpec, SampleRequest } from "../../worker/sample";
import { sampleCount, scheduleLength, type Settings } from "../settings";

/** The most points a run walks: enough to see the distribution and to score it. */
export const GENERATED_POINTS = 1000;
/** Points × reverse steps a run may take (an MLP step costs about 10 µs per point on a busy laptop). */
export const POINT_STEP_BUDGET = 400_000;
/** The exact denoiser weighs every data point at every step: a run may take this many weighings. */
export const EXACT_WEIGHING_BUDGET = 100_000_000;
/** However costly the steps, a run walks at least this many points (or all there are). */
export const MIN_POINTS = 50;

/** How many rows the data set holds. */
export const dataRows = (settings: Settings): number => sampleCount(settings.dataset);

/** The timestep a run starts from: T when generating, the chosen start when reconstructing. */
export function startTimestep(settings: Settings): number {
  const { reverse, schedule } = settings;
  return reverse.mode === "generate" ? scheduleLength(schedule) : reverse.tStart;
}

/** Reverse steps a run takes: the sampler's steps, at most one per timestep below the start. */
export const reverseSteps = (settings: Settings): number =>
  Math.min(settings.sampler.steps, startTimestep(settings));

/** How many points a run walks back (see the budgets above). */
export function reversePoints(settings: Settings): number {
  const rows = dataRows(settings);
  const steps = reverseSteps(settings);
  const available =
    settings.reverse.mode === "reconstruct" ? Math.min(rows, GENERATED_POINTS) : GENERATED_POINTS;
  const exact = settings.predictor === "exact" ? EXACT_WEIGHING_BUDGET / (steps * rows) : Infinity;
  const affordable = Math.floor(Math.min(POINT_STEP_BUDGET / steps, exact));
  return Math.min(available, Math.max(MIN_POINTS, affordable));
}

/** The worker request for the settings' reverse run with a ready predictor. */
export function sampleRequest(settings: Settings, predictor: PredictorSpec): SampleRequest {
  const n = reversePoints(settings);
  return {
    dataset: settings.dataset,
    schedule: settings.schedule,
    seed: settings.seed,
    predictor,
    sampler: settings.sampler,
    mode:
      settings.reverse.mode === "generate"
        ? { kind: "generate", n }
        : { kind: "reconstruct", tStart: settings.reverse.tStart, n },
  };
}
