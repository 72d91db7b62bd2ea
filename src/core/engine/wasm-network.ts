/**
 * The MLP of src/core/nn/mlp.ts on the SIMD kernels: the same function and the same backward pass, with
 * the network laid out padded in one WebAssembly instance (see layout.ts). Forward caches h_l and act′(z_l)
 * per layer; backward runs the three products per layer, the activation derivative fused into the input
 * gradient's epilogue. WasmMlp (the model) and WasmTrainingStep (the optimizer) both drive this.
 */
import { validateMlpConfig, type MlpConfig } from "../nn/config";
import { sinusoidalFrequencies } from "../nn/embedding";
import {
  ACTIVATION_CODES,
  IDENTITY_CODE,
  padParameters,
  padRows,
  unpadParameters,
  paddedLayout,
  type PaddedLayout,
} from "./layout";
import { WasmHeap } from "./wasm-heap";
import type { WasmModule } from "./webassembly";

/** Byte addresses of the buffers for a batch of up to `rows` (padded) rows. */
interface Workspace {
  readonly rows: number;
  /** The inputs: x_t and the target noise (rows×d float32, unpadded), and the timesteps (rows int32). */
  readonly x: number;
  readonly t: number;
  readonly target: number;
  readonly features: number;
  /** Per hidden layer: its output h_l and act′(z_l). */
  readonly hidden: readonly number[];
  readonly derivs: readonly number[];
  readonly output: number;
  readonly gradOutput: number;
  /** ∂loss/∂h of the current layer, and ∂loss/∂z in two buffers (one is read while the other is written). */
  readonly gradHidden: number;
  readonly gradPre: readonly [number, number];
}

/** The batch as typed arrays over the instance's memory, for callers that fill it in place. */
export interface InputViews {
  readonly x: Float32Array;
  readonly t: Int32Array;
  readonly target: Float32Array;
}

export class WasmNetwork {
  readonly config: MlpConfig;
  readonly layout: PaddedLayout;
  readonly heap: WasmHeap;
  /** Byte addresses of the padded parameters and their gradients. */
  readonly params: number;
  readonly grads: number;
  /** Per layer from 1 on: its weights transposed, which the input-gradient product reads row by row. */
  private readonly transposed: readonly number[];
  private readonly activationCode: number;
  private workspace: Workspace | null = null;
  private views: InputViews | null = null;

  /** A network holding `flatParams` (in Mlp's layout) in a fresh instance of `module`. */
  constructor(module: WasmModule, config: MlpConfig, flatParams: Float32Array) {
    this.config = validateMlpConfig(config);
    this.activationCode = ACTIVATION_CODES[this.config.activation];
    this.layout = paddedLayout(this.config);
    if (flatParams.length !== this.layout.flatSize) {
      throw new RangeError(`the config needs ${this.layout.flatSize} params, got ${flatParams.length}`);
    }
    this.heap = new WasmHeap(module);
    this.params = this.heap.allocate(this.layout.size);
    this.grads = this.heap.allocate(this.layout.size);
    this.transposed = this.layout.layers.map(({ paddedIn, paddedOut }, l) =>
      l === 0 ? 0 : this.heap.allocate(paddedIn * paddedOut),
    );
    this.configureEmbedding();
    padParameters(this.layout, flatParams, this.heap.f32(this.params, this.layout.size));
  }

  /** A padded buffer of the network (parameters, gradients, their EMA) copied out in Mlp's flat layout. */
  flatCopy(address: number): Float32Array {
    const flat = new Float32Array(this.layout.flatSize);
    unpadParameters(this.layout, this.heap.f32(address, this.layout.size), flat);
    return flat;
  }

  /** Views of the input buffers for n rows, valid until the next call that may grow the workspace. */
  inputs(n: number): InputViews {
    const workspace = this.ensureCapacity(n);
    const d = this.config.inputDim;
    const { views } = this;
    if (views && views.t.length === n && views.x.buffer === this.heap.kernels.memory.buffer) return views;
    this.views = {
      x: this.heap.f32(workspace.x, n * d),
      t: this.heap.i32(workspace.t, n),
      target: this.heap.f32(workspace.target, n * d),
    };
    return this.views;
  }

  /** Runs rows 0…n−1 of the inputs forward; act′ is kept only when a backward pass follows. */
  forward(n: number, keepDerivatives: boolean): void {
    const { kernels } = this.heap;
    const { config, layout } = this;
    const workspace = this.ensureCapacity(n);
    const rows = padRows(n);
    kernels.embed(workspace.x, workspace.t, n, rows, workspace.features, layout.featureStride);
    let input = workspace.features;
    for (let l = 0; l <= config.depth; l++) {
      const { weightOffset, biasOffset, paddedIn, paddedOut } = layout.layers[l]!;
      const h = workspace.hidden[l]!;
      const deriv = keepDerivatives ? workspace.derivs[l]! : 0;
      const residual = config.residual && l > 0;
      kernels.linearForward(
        input,
        this.params + 4 * weightOffset,
        this.params + 4 * biasOffset,
        h,
        deriv,
        rows,
        paddedIn,
        paddedOut,
        this.activationCode,
        residual,
      );
      input = h;
    }
    const last = layout.layers[config.depth + 1]!;
    kernels.linearForward(
      input,
      this.params + 4 * last.weightOffset,
      this.params + 4 * last.biasOffset,
      workspace.output,
      0,
      rows,
      last.paddedIn,
      last.paddedOut,
      IDENTITY_CODE,
      false,
    );
  }

  /** Copies ε̂ of rows 0…n−1 from the last forward pass into `out` (n×d). */
  readOutput(n: number, out: Float32Array | Float64Array): void {
    const { inputDim } = this.config;
    const stride = this.layout.outputStride;
    const output = this.heap.f32(this.workspace!.output, n * stride);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < inputDim; k++) out[i * inputDim + k] = output[i * stride + k]!;
    }
  }

  /**
   * The loss mean((ε̂ − target)²) over rows 0…n−1 of the inputs, leaving its gradient in `grads`
   * (as Mlp.lossAndGrad does).
   */
  lossAndGradients(n: number): number {
    this.forward(n, true);
    const workspace = this.workspace!;
    const d = this.config.inputDim;
    const rows = padRows(n);
    const { output, target, gradOutput } = workspace;
    const sum = this.heap.kernels.lossGradient(
      output,
      target,
      gradOutput,
      n,
      rows,
      d,
      this.layout.outputStride,
    );
    this.backward(rows);
    return sum / (n * d);
  }

  /** Backpropagates the loss gradient at the output through the cached forward pass (see Mlp.backward). */
  private backward(rows: number): void {
    const { kernels } = this.heap;
    const { config, layout, params, grads } = this;
    const workspace = this.workspace!;
    const { hidden, derivs, gradHidden, gradPre } = workspace;
    for (let l = 1; l < layout.layers.length; l++) {
      const { weightOffset, paddedIn, paddedOut } = layout.layers[l]!;
      kernels.transpose(params + 4 * weightOffset, this.transposed[l]!, paddedIn, paddedOut);
    }
    // The output layer: its gradients, then ∂loss/∂h_depth and ∂loss/∂z_depth.
    const lastIndex = config.depth + 1;
    const last = layout.layers[lastIndex]!;
    kernels.linearWeightGrad(
      hidden[config.depth]!,
      workspace.gradOutput,
      grads + 4 * last.weightOffset,
      rows,
      last.paddedIn,
      last.paddedOut,
    );
    kernels.columnSums(workspace.gradOutput, grads + 4 * last.biasOffset, rows, last.paddedOut);
    kernels.linearInputGrad(
      workspace.gradOutput,
      this.transposed[lastIndex]!,
      gradHidden,
      derivs[config.depth]!,
      gradPre[0],
      rows,
      last.paddedIn,
      last.paddedOut,
      false,
    );
    let current = 0;
    for (let l = config.depth; l >= 0; l--) {
      const { weightOffset, biasOffset, paddedIn, paddedOut } = layout.layers[l]!;
      const dz = gradPre[current]!;
      const input = l > 0 ? hidden[l - 1]! : workspace.features;
      kernels.linearWeightGrad(input, dz, grads + 4 * weightOffset, rows, paddedIn, paddedOut);
      kernels.columnSums(dz, grads + 4 * biasOffset, rows, paddedOut);
      // The input features are not trained, so layer 0 needs no input gradient. With `residual` the
      // product is added onto ∂loss/∂h, which already holds the skip connection's share.
      if (l > 0) {
        const next = gradPre[1 - current]!;
        kernels.linearInputGrad(
          dz,
          this.transposed[l]!,
          gradHidden,
          derivs[l - 1]!,
          next,
          rows,
          paddedIn,
          paddedOut,
          config.residual,
        );
        current = 1 - current;
      }
    }
  }

  /** Hands the embedding's shape and frequencies (computed as InputEmbedding does) to the instance. */
  private configureEmbedding(): void {
    const { inputDim, xEmbedding, xScale, xRaw, tEmbedding, tScale } = this.config;
    const frequencies = (size: number): number => {
      if (size === 0) return 0;
      const freqs = sinusoidalFrequencies(size);
      const address = this.heap.allocate(freqs.length);
      this.heap.f32(address, freqs.length).set(freqs);
      return address;
    };
    const xFreqs = frequencies(xEmbedding);
    const tFreqs = frequencies(tEmbedding);
    this.heap.kernels.configureEmbedding(
      inputDim,
      xFreqs,
      xEmbedding / 2,
      xScale,
      xRaw,
      tFreqs,
      tEmbedding / 2,
      tScale,
    );
  }

  /**
   * Grows the workspace to hold n rows. A new workspace is laid out at the top of the heap (the old one is
   * abandoned, so input buffers lose their contents); capacity at least doubles, which bounds the waste.
   */
  private ensureCapacity(n: number): Workspace {
    const rows = padRows(n);
    if (this.workspace && rows <= this.workspace.rows) return this.workspace;
    const capacity = Math.max(rows, 2 * (this.workspace?.rows ?? 0));
    const { layout, config, heap } = this;
    const d = config.inputDim;
    const hiddenSize = capacity * layout.hiddenStride;
    const perLayer = (): number[] =>
      Array.from({ length: config.depth + 1 }, () => heap.allocate(hiddenSize));
    this.workspace = {
      rows: capacity,
      x: heap.allocate(capacity * d),
      t: heap.allocate(capacity),
      target: heap.allocate(capacity * d),
      features: heap.allocate(capacity * layout.featureStride),
      hidden: perLayer(),
      derivs: perLayer(),
      output: heap.allocate(capacity * layout.outputStride),
      gradOutput: heap.allocate(capacity * layout.outputStride),
      gradHidden: heap.allocate(hiddenSize),
      gradPre: [heap.allocate(hiddenSize), heap.allocate(hiddenSize)],
    };
    this.views = null;
    return this.workspace;
  }
}
