import { makeDataset, type DatasetSpec } from "../core/data/datasets";
import type { MlpConfig } from "../core/nn/config";
import { bundledEngine } from "../core/engine/bundled";
import type { EngineName } from "../core/engine/engine";
import type { MlpJson } from "../core/nn/mlp";
import { mlpPredictor } from "../core/predictors/mlp-predictor";
import { makeSchedule, type ScheduleSpec } from "../core/schedule";
import { lossByTimestep, spreadTimesteps } from "../core/training/loss-by-timestep";
import { Trainer, type TrainingSettings } from "../core/training/trainer";
import type { JobContext } from "./jobs";

/** The progress loss is the mean of this many latest steps: one step's loss is too noisy to read. */
export const RECENT_LOSS_STEPS = 50;
/** The loss-by-timestep curve is this many timesteps spread over 1..T. */
export const LOSS_CURVE_POINTS = 20;
/** Held-out points the loss-by-timestep curve is measured on (a fixed batch, so curves compare). */
export const LOSS_CURVE_BATCH = 256;
/** Recompute the loss-by-timestep curve every this many steps unless the request says otherwise. */
export const DEFAULT_LOSS_CURVE_EVERY = 100;

/** An MLP training run of `steps` steps. */
export interface TrainRequest {
  readonly dataset: DatasetSpec;
  readonly schedule: ScheduleSpec;
  readonly seed: number;
  readonly model: MlpConfig;
  readonly training: TrainingSettings;
  readonly steps: number;
  /** Steps between loss-by-timestep curves (DEFAULT_LOSS_CURVE_EVERY when absent). */
  readonly lossCurveEvery?: number;
}

/** The loss per timestep on the fixed held-out batch, at one moment of training. */
export interface LossCurve {
  readonly step: number;
  readonly timesteps: number[];
  readonly losses: number[];
}

/** Sent after every chunk; `lossCurve` only when a new one was measured in that chunk. */
export interface TrainProgress {
  readonly step: number;
  /** Mean loss of the last RECENT_LOSS_STEPS steps. */
  readonly loss: number;
  /** The learning rate of the next step. */
  readonly lr: number;
  readonly samplesPerSec: number;
  /** Which engine trains: WebAssembly SIMD where the browser has it, else the TypeScript reference. */
  readonly engine: EngineName;
  readonly lossCurve?: LossCurve;
}

/** What a training run learned (so far, when cancelled). */
export interface TrainResult {
  readonly steps: number;
  /** The EMA weights (what sampling uses), ready for `Mlp.fromJSON`. */
  readonly weights: MlpJson;
  /** The loss of every step taken. */
  readonly losses: Float32Array;
}

/** The mean of the latest RECENT_LOSS_STEPS losses (0 before any step). */
export const recentMean = (losses: readonly number[]): number => {
  const recent = losses.slice(-RECENT_LOSS_STEPS);
  return recent.reduce((sum, l) => sum + l, 0) / Math.max(1, recent.length);
};

/**
 * Trains in chunks and reports after each. A cancelled run returns its weights so far like a finished
 * one (the runner marks it cancelled), so "stop" keeps what was learned.
 */
export async function runTrain(
  request: TrainRequest,
  job: JobContext,
  onProgress: (progress: TrainProgress) => void,
): Promise<TrainResult> {
  const schedule = makeSchedule(request.schedule);
  const { data, dim } = makeDataset(request.dataset, request.seed);
  if (dim !== request.model.inputDim) {
    throw new RangeError(
      `the model takes ${request.model.inputDim} values per point, the data set has ${dim}`,
    );
  }
  const heldOut = makeDataset(request.dataset, request.seed, "held-out").data;
  const curveBatch = heldOut.subarray(0, LOSS_CURVE_BATCH * request.model.inputDim);
  const curveTimesteps = spreadTimesteps(schedule.T, LOSS_CURVE_POINTS);
  const curveEvery = request.lossCurveEvery ?? DEFAULT_LOSS_CURVE_EVERY;
  const engine = await bundledEngine();
  const trainer = new Trainer(
    schedule,
    data,
    engine.createModel(request.model, request.seed),
    request.training,
    request.seed,
  );
  let lossCurve: LossCurve | undefined;
  // The rate counts the time of training steps only, not of the loss-by-timestep curves between them.
  let stepMs = 0;
  let chunkSteps = 0;
  const step = (): boolean => {
    if (trainer.stepCount >= request.steps) return true;
    const start = performance.now();
    trainer.step();
    stepMs += performance.now() - start;
    chunkSteps += 1;
    if (trainer.stepCount % curveEvery === 0 || trainer.stepCount === request.steps) {
      const predictor = mlpPredictor(trainer.samplingModel());
      const losses = lossByTimestep(schedule, predictor, curveBatch, curveTimesteps, request.seed);
      lossCurve = { step: trainer.stepCount, timesteps: curveTimesteps, losses };
    }
    return trainer.stepCount >= request.steps;
  };
  const report = (): void => {
    const seconds = stepMs / 1000;
    onProgress({
      step: trainer.stepCount,
      loss: recentMean(trainer.losses),
      lr: trainer.learningRate(),
      samplesPerSec: seconds > 0 ? (chunkSteps * request.training.batchSize) / seconds : 0,
      engine: engine.name,
      ...(lossCurve ? { lossCurve } : {}),
    });
    lossCurve = undefined;
    stepMs = 0;
    chunkSteps = 0;
  };
  await job.loop(step, report);
  return {
    steps: trainer.stepCount,
    weights: trainer.samplingModel().toJSON(),
    losses: Float32Array.from(trainer.losses),
  };
}
