import { Mlp } from "../nn/mlp";
import type { Schedule } from "../schedule";
import { NoisyBatches } from "./noisy-batch";
import { MlpTrainingStep, type SelfTrainingModel, type TrainingStep } from "./training-step";

/** How the MLP is trained (Ho et al. 2020, Algorithm 1, in mini-batches). */
export interface TrainingSettings {
  readonly batchSize: number;
  /** The peak learning rate. */
  readonly lr: number;
  readonly optimizer: "adam" | "sgd";
  /** "cosine" decays the rate from lr to lr·MIN_LR_FRACTION over `totalSteps`. */
  readonly lrSchedule: "constant" | "cosine";
  /** The length of the run the cosine schedule is planned for. */
  readonly totalSteps: number;
  /** Gradient-norm clipping threshold; null turns it off. */
  readonly maxGradNorm: number | null;
  /** Decay of the weights' exponential moving average used for sampling; null samples the raw weights. */
  readonly emaDecay: number | null;
}

/** The cosine schedule ends at this fraction of the peak rate, not at 0, so late steps still learn. */
const MIN_LR_FRACTION = 0.05;

/** What the trainer trains: the TypeScript Mlp, or a model with its own step (the SIMD engine's WasmMlp). */
export type TrainableModel<Model> = Mlp | SelfTrainingModel<Model>;

/**
 * One training run: each `step()` draws a noisy batch (x_t, t, ε) (see NoisyBatches) and takes one
 * optimizer step on mean((ε_θ(x_t, t) − ε)²) (see TrainingStep). Callers run it in chunks and can stop
 * between any two steps. Batches, timesteps and noise come from their own seeded streams, so a run is
 * reproducible from (seed, settings), whichever engine runs the step.
 */
export class Trainer<Model extends TrainableModel<Model> = Mlp> {
  readonly model: Model;
  /** The loss of every step taken so far. */
  readonly losses: number[] = [];
  private readonly training: TrainingStep<Model>;
  private readonly batches: NoisyBatches;

  constructor(
    schedule: Schedule,
    data: Float32Array,
    model: Model,
    private readonly settings: TrainingSettings,
    seed: number,
  ) {
    this.model = model;
    this.batches = new NoisyBatches(schedule, data, model.config.inputDim, settings.batchSize, seed);
    // An Mlp is trained by the TypeScript step, whose sampling model is again an Mlp: a Model.
    this.training =
      model instanceof Mlp
        ? (new MlpTrainingStep(model, settings) as unknown as TrainingStep<Model>)
        : model.trainingStep(settings);
  }

  /** Steps taken so far. */
  get stepCount(): number {
    return this.losses.length;
  }

  /** The learning rate of the next step. */
  learningRate(): number {
    const { lr, lrSchedule, totalSteps } = this.settings;
    if (lrSchedule === "constant") return lr;
    const progress = Math.min(1, this.stepCount / Math.max(1, totalSteps));
    return lr * (MIN_LR_FRACTION + (1 - MIN_LR_FRACTION) * 0.5 * (1 + Math.cos(Math.PI * progress)));
  }

  /** One training step; returns its loss. */
  step(): number {
    this.batches.draw();
    const loss = this.training.run(this.batches, this.learningRate(), this.emaDecay());
    this.losses.push(loss);
    return loss;
  }

  /** An independent model holding the weights to sample with (the EMA when it is on). */
  samplingModel(): Model {
    return this.training.samplingModel();
  }

  /** The EMA decay of the next step, or null when EMA is off. */
  private emaDecay(): number | null {
    const { emaDecay } = this.settings;
    if (emaDecay === null) return null;
    // Warm-up as in common practice: the effective decay grows with the step count, so early EMA tracks.
    return Math.min(emaDecay, (1 + this.stepCount) / (10 + this.stepCount));
  }
}
