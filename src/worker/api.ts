import {
  runCalculator,
  type CalculatorInputs,
  type CalculatorProblem,
  type CalculatorResult,
} from "./calculator";
import { runField, type FieldRequest, type FieldResult } from "./field";
import { runForward, type ForwardRequest, type ForwardResult } from "./forward";
import { JobRunner, type JobKind, type Outcome } from "./jobs";
import { runLossReadout, type LossReadout, type LossReadoutRequest } from "./loss-readout";
import { runQuality, type QualityRequest, type QualityResult } from "./quality";
import { runSample, type SampleProgress, type SampleRequest, type SampleResult } from "./sample";
import { runTrain, type TrainProgress, type TrainRequest, type TrainResult } from "./train";
import {
  runTrainLinear,
  type LinearTrainProgress,
  type LinearTrainRequest,
  type LinearTrainResult,
} from "./train-linear";

/** The message of a failure armed by `failNextForTesting`, so tests can tell it from a real one. */
export const DELIBERATE_FAILURE = "failNextForTesting: the worker threw on purpose";
/** The message of the uncaught error `crashForTesting` raises. */
export const DELIBERATE_CRASH = "crashForTesting: the worker crashed on purpose";

/**
 * The functions the worker exposes: plain data in and out, no comlink here, so Node tests call them
 * directly. Long jobs (forward, sample, train) resolve an Outcome: `done`, or `cancelled` when a newer job
 * of their kind or `cancel(kind)` stopped them. Each call of this factory has its own job runner.
 */
export function createCoreApi() {
  const runner = new JobRunner();
  /** Job kinds whose next job throws (see failNextForTesting). */
  const armed = new Set<JobKind>();
  const run = <T>(kind: JobKind, work: Parameters<typeof runner.run<T>>[1]): Promise<Outcome<T>> => {
    if (armed.delete(kind)) return Promise.reject(new Error(DELIBERATE_FAILURE));
    return runner.run(kind, work);
  };
  return {
    /** The forward process for the forward panel (see ForwardResult for the two modes). */
    forward: (request: ForwardRequest): Promise<Outcome<ForwardResult>> =>
      run("forward", (job) => runForward(request, job)),
    /** A reverse run with its trajectory; progress is reverse steps done between chunks. */
    sample: (
      request: SampleRequest,
      onProgress?: (progress: SampleProgress) => void,
    ): Promise<Outcome<SampleResult>> => run("sample", (job) => runSample(request, job, onProgress)),
    /** MLP training; a cancelled run's `partial` holds its weights so far. */
    train: (
      request: TrainRequest,
      onProgress: (progress: TrainProgress) => void,
    ): Promise<Outcome<TrainResult>> => run("train", (job) => runTrain(request, job, onProgress)),
    /** Plain-SGD training of the linear model; a cancelled run's `partial` holds its weights so far. */
    trainLinear: (
      request: LinearTrainRequest,
      onProgress?: (progress: LinearTrainProgress) => void,
    ): Promise<Outcome<LinearTrainResult>> =>
      run("trainLinear", (job) => runTrainLinear(request, job, onProgress)),
    /** Stops the running job of a kind within one chunk. */
    cancel: (kind: JobKind): void => runner.cancel(kind),
    /** Sample quality and memorization against the data set (one short synchronous computation). */
    quality: (request: QualityRequest): QualityResult => runQuality(request),
    /** The Loss panel's readouts at one timestep (one short synchronous computation). */
    lossReadout: (request: LossReadoutRequest): LossReadout => runLossReadout(request),
    /** The predicted score field on a grid at one timestep (one short synchronous computation). */
    field: (request: FieldRequest): FieldResult => runField(request),
    /** One textbook problem, computed by src/core/seeds.ts. */
    calculator: <P extends CalculatorProblem>(problem: P, inputs: CalculatorInputs<P>): CalculatorResult<P> =>
      runCalculator(problem, inputs),
    /** Makes the next job of `kind` throw, so tests can check that an error shows and its retry works. */
    failNextForTesting: (kind: JobKind): void => void armed.add(kind),
    /** Raises an uncaught error outside any call, as a dying worker does, so tests can check the restart. */
    crashForTesting: (): void => {
      setTimeout(() => {
        throw new Error(DELIBERATE_CRASH);
      });
    },
  };
}

/** The worker protocol, derived from the functions themselves; the client wraps the worker as this type. */
export type CoreApi = ReturnType<typeof createCoreApi>;
