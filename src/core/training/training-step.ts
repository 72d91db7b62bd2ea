/**
 * One optimisation step, as the Trainer sees it: the trainer draws the batch and sets the learning rate
 * and the EMA decay; a TrainingStep computes the loss and gradients, clips them, updates the weights and
 * their average. MlpTrainingStep is the readable TypeScript reference; the SIMD engine's WasmMlp brings
 * its own step (src/core/engine/wasm-training-step.ts), fused into a few WebAssembly calls.
 */
import type { MlpConfig } from "../nn/config";
import { Mlp } from "../nn/mlp";
import { Adam, clipGradNorm, sgdStep } from "../nn/optim";
import type { TrainingSettings } from "./trainer";

/** A batch: x_t and ε (rows×d) and the timesteps t (rows, 1…T); see NoisyBatches. */
export interface TrainingBatch {
  readonly xt: Float32Array;
  readonly eps: Float32Array;
  readonly t: Int32Array;
}

export interface TrainingStep<Model> {
  /**
   * The loss of the batch and its gradients, clipping (settings.maxGradNorm), the optimizer update at
   * rate lr, and the EMA of the weights with this decay (null when EMA is off); returns the loss.
   */
  run(batch: TrainingBatch, lr: number, emaDecay: number | null): number;
  /** An independent model holding the weights to sample with (the EMA when it is on). */
  samplingModel(): Model;
}

/** A model that brings its own training step (the SIMD engine's); an Mlp is trained by MlpTrainingStep. */
export interface SelfTrainingModel<Model> {
  readonly config: MlpConfig;
  trainingStep(settings: TrainingSettings): TrainingStep<Model>;
}

/** The TypeScript step: Mlp.lossAndGrad, then clipGradNorm, Adam or SGD, and the EMA, each a pass over the arrays. */
export class MlpTrainingStep implements TrainingStep<Mlp> {
  private readonly optimizer: Adam | null;
  /** The exponential moving average of the weights; null when EMA is off and sampling uses the weights. */
  private readonly emaParams: Float32Array | null;

  constructor(
    private readonly model: Mlp,
    private readonly settings: TrainingSettings,
  ) {
    this.optimizer =
      settings.optimizer === "adam" ? new Adam(model.params.length, { lr: settings.lr }) : null;
    this.emaParams = settings.emaDecay === null ? null : Float32Array.from(model.params);
  }

  run({ xt, eps, t }: TrainingBatch, lr: number, emaDecay: number | null): number {
    const { model, settings } = this;
    const loss = model.lossAndGrad(xt, t, eps, t.length);
    if (settings.maxGradNorm !== null) clipGradNorm(model.grads, settings.maxGradNorm);
    if (this.optimizer) this.optimizer.step(model.params, model.grads, lr);
    else sgdStep(model.params, model.grads, lr);
    const { emaParams } = this;
    if (emaDecay !== null && emaParams !== null) {
      const { params } = model;
      for (let k = 0; k < params.length; k++) {
        emaParams[k] = emaDecay * (emaParams[k] as number) + (1 - emaDecay) * (params[k] as number);
      }
    }
    return loss;
  }

  samplingModel(): Mlp {
    return Mlp.fromJSON({
      config: this.model.config,
      params: Array.from(this.emaParams ?? this.model.params),
    });
  }
}
