import { makeDataset, type DatasetSpec } from "../core/data/datasets";
import { LinearTrainer, type LinearTrainingSettings } from "../core/training/linear-trainer";
import { makeSchedule, type ScheduleSpec } from "../core/schedule";
import type { JobContext } from "./jobs";
import { recentMean } from "./train";

/** Plain-SGD training of the linear model for `steps` steps. */
export interface LinearTrainRequest {
  readonly dataset: DatasetSpec;
  readonly schedule: ScheduleSpec;
  readonly seed: number;
  readonly training: LinearTrainingSettings;
  readonly steps: number;
}

/** Sent after every chunk. */
export interface LinearTrainProgress {
  readonly step: number;
  /** Mean loss of the latest steps (see RECENT_LOSS_STEPS). */
  readonly loss: number;
}

/** What the linear model learned (so far, when cancelled). */
export interface LinearTrainResult {
  readonly steps: number;
  /** W, (dim + 1)×dim row-major, for LinearPredictor. */
  readonly weights: number[];
  readonly loss: number;
  /** The step at which plain SGD diverged (training stopped there), or null. */
  readonly divergedAt: number | null;
}

/** Trains in chunks and reports after each; stops early when SGD diverges. */
export async function runTrainLinear(
  request: LinearTrainRequest,
  job: JobContext,
  onProgress?: (progress: LinearTrainProgress) => void,
): Promise<LinearTrainResult> {
  const schedule = makeSchedule(request.schedule);
  const { data, dim } = makeDataset(request.dataset, request.seed);
  const trainer = new LinearTrainer(schedule, data, dim, request.training, request.seed);
  const finished = (): boolean => trainer.stepCount >= request.steps || trainer.divergedAt !== null;
  await job.loop(
    () => {
      if (!finished()) trainer.step();
      return finished();
    },
    () => onProgress?.({ step: trainer.stepCount, loss: recentMean(trainer.losses) }),
  );
  return {
    steps: trainer.stepCount,
    weights: Array.from(trainer.model.weights),
    loss: recentMean(trainer.losses),
    divergedAt: trainer.divergedAt,
  };
}
