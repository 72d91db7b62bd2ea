import { makeDataset, type DatasetSpec } from "../core/data/datasets";
import type { MlpJson } from "../core/nn/mlp";
import { bundledEngine } from "../core/engine/bundled";
import { TYPESCRIPT_ENGINE, type Engine } from "../core/engine/engine";
import { LinearPredictor } from "../core/predictors/linear";
import { mlpPredictor } from "../core/predictors/mlp-predictor";
import { OraclePredictor } from "../core/predictors/oracle";
import type { NoisePredictor } from "../core/predictors/predictor";
import type { ReverseSampler, SamplerSettings } from "../core/sampling/sampler";
import { generate, reconstruct } from "../core/sampling/start";
import { TrajectoryRecorder, type Trajectory } from "../core/sampling/trajectory";
import { makeSchedule, type Schedule, type ScheduleSpec } from "../core/schedule";
import type { JobContext } from "./jobs";

/** Which noise predictor to sample with; weights travel as plain data. */
export type PredictorSpec =
  | { readonly kind: "exact" }
  | { readonly kind: "oracle" }
  | { readonly kind: "linear"; readonly weights: readonly number[] }
  | { readonly kind: "mlp"; readonly weights: MlpJson };

/**
 * A reverse run: generate n points from noise, or reconstruct the data set's first n points (all when n is
 * absent) from timestep tStart.
 */
export interface SampleRequest {
  readonly dataset: DatasetSpec;
  readonly schedule: ScheduleSpec;
  readonly seed: number;
  readonly predictor: PredictorSpec;
  readonly sampler: SamplerSettings;
  readonly mode:
    | { readonly kind: "generate"; readonly n: number }
    | { readonly kind: "reconstruct"; readonly tStart: number; readonly n?: number };
  /** Frames are kept within this many bytes (DEFAULT_TRAJECTORY_BYTES when absent). */
  readonly budgetBytes?: number;
}

/** Reverse steps done out of all, reported between chunks. */
export interface SampleProgress {
  readonly done: number;
  readonly total: number;
}

/** A reverse run's frames and where its points ended. */
export interface SampleResult {
  readonly dim: number;
  readonly trajectory: Trajectory;
  /** The points where the run stopped: x_0 when it finished. */
  readonly samples: Float32Array;
}

/**
 * The noise predictor a spec names, for this schedule and data set (the oracle only when reconstructing).
 * Sampling passes the bundled engine (WebAssembly SIMD where the browser has it); the short synchronous
 * jobs (loss readouts, the score field: a few hundred points) keep the TypeScript reference.
 */
export function makePredictor(
  spec: PredictorSpec,
  schedule: Schedule,
  data: Float32Array,
  dim: number,
  reconstructing: boolean,
  engine: Engine = TYPESCRIPT_ENGINE,
): NoisePredictor {
  switch (spec.kind) {
    case "exact":
      return engine.exactDenoiser(schedule, data, dim);
    case "oracle":
      // The oracle knows the x_0 each row came from, which only a reconstruction has.
      if (!reconstructing) throw new RangeError("the oracle predictor needs reconstruct mode");
      return new OraclePredictor(schedule, data, dim);
    case "linear":
      return new LinearPredictor(dim, schedule.T, spec.weights);
    case "mlp":
      return mlpPredictor(engine.modelFromJSON(spec.weights));
  }
}

/** Runs the sampler in chunks, recording its trajectory, so a newer request or a cancel stops it between chunks. */
export async function runSample(
  request: SampleRequest,
  job: JobContext,
  onProgress?: (progress: SampleProgress) => void,
): Promise<SampleResult> {
  const schedule = makeSchedule(request.schedule);
  const { dim, data } = makeDataset(request.dataset, request.seed);
  const { mode, sampler: settings, seed } = request;
  const rows = data.length / dim;
  const x0 = mode.kind === "reconstruct" ? data.subarray(0, Math.min(rows, mode.n ?? rows) * dim) : null;
  // The oracle knows the x_0 of the rows being reconstructed; the exact denoiser weighs the whole data set.
  const known = request.predictor.kind === "oracle" && x0 ? x0 : data;
  const engine = await bundledEngine();
  const predictor = makePredictor(request.predictor, schedule, known, dim, x0 !== null, engine);
  const sampler: ReverseSampler =
    mode.kind === "generate"
      ? generate(schedule, predictor, settings, mode.n, seed)
      : reconstruct(schedule, predictor, settings, x0 ?? data, mode.tStart, seed);
  const recorder = new TrajectoryRecorder(sampler, request.budgetBytes);
  await job.loop(
    () => recorder.step(),
    () => onProgress?.({ done: recorder.steps, total: sampler.totalSteps }),
  );
  // The last frame is where the points are: t = 0 when finished, the current timestep when cancelled.
  return { dim, trajectory: recorder.finish(), samples: sampler.x.slice() };
}
