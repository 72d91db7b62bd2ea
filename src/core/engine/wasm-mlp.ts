/**
 * The SIMD engine's noise-predictor MLP: the same network, parameters, initialisation and serialisation
 * as the TypeScript Mlp (src/core/nn/mlp.ts, the readable reference it is tested against), computed by
 * the WebAssembly kernels. It predicts like an Mlp, serialises to the same JSON, and brings its own fused
 * training step for the Trainer.
 */
import type { MlpConfig } from "../nn/config";
import { checkMlpBatch, type MlpJson, type PointArray } from "../nn/mlp";
import type { TrainingSettings } from "../training/trainer";
import type { SelfTrainingModel, TrainingStep } from "../training/training-step";
import { WasmNetwork } from "./wasm-network";
import { WasmTrainingStep } from "./wasm-training-step";
import type { WasmModule } from "./webassembly";

export class WasmMlp implements SelfTrainingModel<WasmMlp> {
  private readonly network: WasmNetwork;

  /** A network holding `params` (in Mlp's flat layout) in its own instance of the engine's `module`. */
  constructor(
    private readonly module: WasmModule,
    config: MlpConfig,
    params: Float32Array,
  ) {
    this.network = new WasmNetwork(module, config, params);
  }

  get config(): MlpConfig {
    return this.network.config;
  }

  /** Writes ε̂(x_i, t_i) to rows 0…n−1 of `out` (n×d), as Mlp.predict does. */
  predict(x: PointArray, t: Int32Array, n: number, out: PointArray): void {
    this.copyInputs(x, t, n, out.length, "out");
    this.network.forward(n, false);
    this.network.readOutput(n, out);
  }

  /** The loss mean((ε̂ − target)²) over n rows, leaving its gradient for `gradients()` (as Mlp.lossAndGrad). */
  lossAndGrad(x: PointArray, t: Int32Array, target: PointArray, n: number): number {
    if (n < 1) throw new RangeError(`lossAndGrad needs at least one row, got ${n}`);
    const inputs = this.copyInputs(x, t, n, target.length, "target");
    for (let i = 0; i < n * this.config.inputDim; i++) inputs.target[i] = target[i]!;
    return this.network.lossAndGradients(n);
  }

  /** The gradient from the last lossAndGrad, in Mlp's flat layout (a copy). */
  gradients(): Float32Array {
    return this.network.flatCopy(this.network.grads);
  }

  /** The same JSON as Mlp.toJSON: `Mlp.fromJSON` or the engine's `modelFromJSON` restore it. */
  toJSON(): MlpJson {
    return { config: { ...this.config }, params: Array.from(this.network.flatCopy(this.network.params)) };
  }

  trainingStep(settings: TrainingSettings): TrainingStep<WasmMlp> {
    return new WasmTrainingStep(
      this.network,
      settings,
      (params) => new WasmMlp(this.module, this.config, params),
    );
  }

  /** Checks the batch as Mlp does and copies x and t into the instance. */
  private copyInputs(x: PointArray, t: Int32Array, n: number, outLength: number, outName: string) {
    checkMlpBatch(this.config.inputDim, x, t, n, outLength, outName);
    const size = n * this.config.inputDim;
    const inputs = this.network.inputs(n);
    for (let i = 0; i < size; i++) inputs.x[i] = x[i]!;
    for (let i = 0; i < n; i++) inputs.t[i] = t[i]!;
    return inputs;
  }
}
