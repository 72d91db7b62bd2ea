import { Mlp } from "../nn/mlp";
import { Adam, clipGradNorm, sgdStep } from "../nn/optim";
import { makeRng, type Rng } from "../rng";
import type { Schedule } from "../schedule";

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

/**
 * One training run: each `step()` draws a batch x_0 from the data, t ~ U{1..T}, ε ~ N(0, I), forms
 * x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε (the closed form, inlined: this loop must not allocate), and takes one optimizer step on mean((ε_θ(x_t, t) − ε)²).
 * Callers run it in chunks and can stop between any two steps. Batches, timesteps and noise come from
 * their own seeded streams, so a run is reproducible from (seed, settings).
 */
export class Trainer {
  readonly model: Mlp;
  /** The loss of every step taken so far. */
  readonly losses: number[] = [];
  private readonly optimizer: Adam | null;
  /** The exponential moving average of the weights; null when EMA is off and sampling uses the weights. */
  private readonly emaParams: Float32Array | null;
  private readonly batchRng: Rng;
  private readonly timeRng: Rng;
  private readonly noiseRng: Rng;
  private readonly xt: Float32Array;
  private readonly eps: Float32Array;
  private readonly t: Int32Array;

  constructor(
    private readonly schedule: Schedule,
    private readonly data: Float32Array,
    model: Mlp,
    private readonly settings: TrainingSettings,
    seed: number,
  ) {
    this.model = model;
    const dim = model.config.inputDim;
    if (data.length % dim !== 0 || data.length === 0)
      throw new RangeError(`training data must be rows of ${dim}`);
    this.optimizer =
      settings.optimizer === "adam" ? new Adam(model.params.length, { lr: settings.lr }) : null;
    this.emaParams = settings.emaDecay === null ? null : Float32Array.from(model.params);
    this.batchRng = makeRng(seed, "train-batch");
    this.timeRng = makeRng(seed, "train-timestep");
    this.noiseRng = makeRng(seed, "train-noise");
    const n = settings.batchSize;
    this.xt = new Float32Array(n * dim);
    this.eps = new Float32Array(n * dim);
    this.t = new Int32Array(n);
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
    const { schedule, data, model, xt, eps, t } = this;
    const dim = model.config.inputDim;
    const rows = data.length / dim;
    for (let i = 0; i < t.length; i++) {
      const row = this.batchRng.int(rows) * dim;
      const ti = this.timeRng.int(schedule.T);
      t[i] = ti + 1;
      const signal = schedule.sqrtAlphaBars[ti] as number;
      const noise = schedule.sqrtOneMinusAlphaBars[ti] as number;
      for (let k = 0; k < dim; k++) {
        const e = this.noiseRng.normal();
        eps[i * dim + k] = e;
        xt[i * dim + k] = signal * (data[row + k] as number) + noise * e;
      }
    }
    const loss = model.lossAndGrad(xt, t, eps, t.length);
    if (this.settings.maxGradNorm !== null) clipGradNorm(model.grads, this.settings.maxGradNorm);
    const lr = this.learningRate();
    if (this.optimizer) this.optimizer.step(model.params, model.grads, lr);
    else sgdStep(model.params, model.grads, lr);
    this.updateEma();
    this.losses.push(loss);
    return loss;
  }

  /** An independent model holding the weights to sample with (the EMA when it is on). */
  samplingModel(): Mlp {
    return Mlp.fromJSON({
      config: this.model.config,
      params: Array.from(this.emaParams ?? this.model.params),
    });
  }

  private updateEma(): void {
    const { emaDecay } = this.settings;
    const { emaParams } = this;
    if (emaDecay === null || emaParams === null) return;
    const { params } = this.model;
    // Warm-up as in common practice: the effective decay grows with the step count, so early EMA tracks.
    const decay = Math.min(emaDecay, (1 + this.stepCount) / (10 + this.stepCount));
    for (let k = 0; k < params.length; k++) {
      emaParams[k] = decay * (emaParams[k] as number) + (1 - decay) * (params[k] as number);
    }
  }
}
