/**
 * The SIMD engine's training step: forward, loss, backward, clipping, Adam (or SGD) and the EMA, each
 * one WebAssembly call over buffers laid out once. The per-step scalars are worked out here exactly as
 * src/core/nn/optim.ts does (Adam's defaults, PyTorch's bias corrections, clipGradNorm's scale).
 */
import { ADAM_DEFAULTS, CLIP_EPS } from "../nn/optim";
import type { TrainingSettings } from "../training/trainer";
import type { TrainingBatch, TrainingStep } from "../training/training-step";
import type { WasmNetwork } from "./wasm-network";

const { beta1: BETA1, beta2: BETA2, eps: ADAM_EPS } = ADAM_DEFAULTS;

export class WasmTrainingStep<Model> implements TrainingStep<Model> {
  /** Adam's moment estimates (0 under SGD) and the EMA of the weights (0 when off): byte addresses. */
  private readonly firstMoment: number;
  private readonly secondMoment: number;
  private readonly ema: number;
  private adamSteps = 0;

  /** `toModel` turns parameters in Mlp's flat layout into the model samplingModel returns. */
  constructor(
    private readonly network: WasmNetwork,
    private readonly settings: TrainingSettings,
    private readonly toModel: (params: Float32Array) => Model,
  ) {
    const { heap, layout } = network;
    const adam = settings.optimizer === "adam";
    this.firstMoment = adam ? heap.allocate(layout.size) : 0;
    this.secondMoment = adam ? heap.allocate(layout.size) : 0;
    this.ema = settings.emaDecay === null ? 0 : heap.allocate(layout.size);
    if (this.ema !== 0) heap.f32(this.ema, layout.size).set(heap.f32(network.params, layout.size));
    // The batch buffers are laid out now, so a steady run never grows the memory.
    network.inputs(settings.batchSize);
  }

  run({ xt, eps, t }: TrainingBatch, lr: number, emaDecay: number | null): number {
    const { network, settings } = this;
    const { kernels } = network.heap;
    const { params, grads } = network;
    const size = network.layout.size;
    const n = t.length;
    const inputs = network.inputs(n);
    inputs.x.set(xt);
    inputs.t.set(t);
    inputs.target.set(eps);
    const loss = network.lossAndGradients(n);
    let gradScale = 1;
    if (settings.maxGradNorm !== null) {
      const norm = Math.sqrt(kernels.sumOfSquares(grads, size));
      gradScale = Math.min(1, settings.maxGradNorm / (norm + CLIP_EPS));
    }
    if (this.firstMoment !== 0) {
      this.adamSteps++;
      const stepSize = lr / (1 - BETA1 ** this.adamSteps);
      const rootCorrection2 = Math.sqrt(1 - BETA2 ** this.adamSteps);
      kernels.adamUpdate(
        params,
        grads,
        this.firstMoment,
        this.secondMoment,
        size,
        gradScale,
        BETA1,
        BETA2,
        stepSize,
        rootCorrection2,
        ADAM_EPS,
      );
    } else {
      kernels.sgdUpdate(params, grads, size, lr, gradScale);
    }
    if (emaDecay !== null && this.ema !== 0) kernels.emaUpdate(this.ema, params, size, emaDecay);
    return loss;
  }

  samplingModel(): Model {
    return this.toModel(this.network.flatCopy(this.ema !== 0 ? this.ema : this.network.params));
  }
}
