import { LinearPredictor } from "../predictors/linear";
import type { Schedule } from "../schedule";
import { NoisyBatches } from "./noisy-batch";

/** What the linear model's training uses: the exercise's plain SGD at a constant rate. */
export interface LinearTrainingSettings {
  readonly batchSize: number;
  readonly lr: number;
}

/**
 * Trains the linear predictor of the training-step exercise (ε̂ = [x_t, t/T]·W, W starting at 0) by plain
 * SGD with its hand-derived gradient, on the same seeded noisy batches the MLP sees. Plain SGD can diverge
 * (a learning rate too high for the inputs' scale); then training stops and keeps the last finite weights.
 */
export class LinearTrainer {
  readonly model: LinearPredictor;
  /** The loss of every step taken so far. */
  readonly losses: number[] = [];
  /** The step whose update left the finite numbers, or null; no step is taken after it. */
  divergedAt: number | null = null;
  private readonly batches: NoisyBatches;
  private readonly pred: Float32Array;
  private readonly grad: Float64Array;
  private readonly previous: Float64Array;

  constructor(
    schedule: Schedule,
    data: Float32Array,
    dim: number,
    private readonly settings: LinearTrainingSettings,
    seed: number,
  ) {
    this.model = new LinearPredictor(dim, schedule.T);
    this.batches = new NoisyBatches(schedule, data, dim, settings.batchSize, seed);
    this.pred = new Float32Array(settings.batchSize * dim);
    this.grad = new Float64Array(this.model.weights.length);
    this.previous = new Float64Array(this.model.weights.length);
  }

  /** Steps taken so far. */
  get stepCount(): number {
    return this.losses.length;
  }

  /** One SGD step on a fresh batch; returns its loss (the loss before the update). */
  step(): number {
    if (this.divergedAt !== null) throw new Error(`training diverged at step ${this.divergedAt}`);
    const { batches, model, grad } = this;
    batches.draw();
    const loss = model.lossAndGrad(batches.xt, batches.t, batches.eps, this.pred, grad);
    this.previous.set(model.weights);
    model.applyGradient(grad, this.settings.lr);
    if (!Number.isFinite(loss) || !model.weights.every(Number.isFinite)) {
      model.weights.set(this.previous);
      this.divergedAt = this.stepCount + 1;
    }
    this.losses.push(loss);
    return loss;
  }
}
