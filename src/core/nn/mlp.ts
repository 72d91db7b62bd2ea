/**
 * An MLP noise predictor ε̂(x_t, t) with hand-written forward and backward passes. All parameters live
 * in one flat Float32Array and all gradients in another of the same layout, so optimizers, clipping,
 * serialisation and a later WebAssembly port each see a single buffer. Per layer the layout is the
 * weight (inDim×outDim, row-major) then the bias; `layers` holds subarray views into both buffers.
 */
import { getActivation, type Activation } from "./activations";
import { layerShapes, parameterCount, validateMlpConfig, type MlpConfig } from "./config";
import { InputEmbedding } from "./embedding";
import { makeRng } from "../rng";
import { columnSums, linearForward, linearInputGrad, linearWeightGrad } from "./gemm";

/** The largest finite float32. */
const FLOAT32_MAX = 3.4028234663852886e38;

/** Data points or noise: N rows of d values, row-major. */
export type PointArray = Float32Array | Float64Array;
/** One DDPM timestep per row, 1-based integers 1…T (embedded as given). */
export type TimestepArray = Float32Array | Float64Array | Int32Array;

/** One linear layer y = x·W + b as views into the network's flat buffers. */
export interface LinearLayer {
  readonly inDim: number;
  readonly outDim: number;
  /** inDim×outDim row-major, so the forward product reads rows of W contiguously. */
  readonly weight: Float32Array;
  readonly bias: Float32Array;
  readonly weightGrad: Float32Array;
  readonly biasGrad: Float32Array;
}

/** The serialised network: its config and every parameter in layout order. */
export interface MlpJson {
  readonly config: MlpConfig;
  readonly params: number[];
}

/** Stands in for a seeded source in `fromJSON`, whose initial draws are overwritten at once. */
const UNUSED_RANDOM = (): number => 0.5;

/** A row-major buffer for `rows` rows of `cols`: workspace grows to the largest batch seen. */
const rowsOf = (rows: number, cols: number): Float32Array => new Float32Array(rows * cols);

/** An MLP from (x_t, t) to ε̂ for batches of N points (see `MlpConfig` for the architecture). */
export class Mlp {
  readonly config: MlpConfig;
  readonly params: Float32Array;
  /** ∂loss/∂params from the last `lossAndGrad`, same layout as `params`. */
  readonly grads: Float32Array;
  /** The first layer, then the `depth` hidden layers, then the output layer. */
  readonly layers: readonly LinearLayer[];
  private readonly embedding: InputEmbedding;
  private readonly activation: Activation;
  // Workspace, allocated for `capacity` rows. pre[l] = z_l and post[l] = h_l are cached for backward.
  private capacity = 0;
  private features = rowsOf(0, 0);
  private pre: Float32Array[] = [];
  private post: Float32Array[] = [];
  private output = rowsOf(0, 0);
  private gradOutput = rowsOf(0, 0);
  private gradHidden = rowsOf(0, 0);
  private gradPre = rowsOf(0, 0);

  /**
   * Initialises like PyTorch's nn.Linear (weights and biases uniform in ±1/√fan_in, i.e. Kaiming-uniform
   * with a = √5), so training matches the PyTorch reference. `random` is a seeded uniform [0, 1) source.
   */
  constructor(config: MlpConfig, random: () => number) {
    this.config = validateMlpConfig(config);
    this.activation = getActivation(this.config.activation);
    this.embedding = new InputEmbedding(this.config);
    const size = parameterCount(this.config);
    this.params = new Float32Array(size);
    this.grads = new Float32Array(size);
    let offset = 0;
    const view = (buffer: Float32Array, start: number, length: number) =>
      buffer.subarray(start, start + length);
    this.layers = layerShapes(this.config).map(({ inDim, outDim }) => {
      const wSize = inDim * outDim;
      const layer: LinearLayer = {
        inDim,
        outDim,
        weight: view(this.params, offset, wSize),
        bias: view(this.params, offset + wSize, outDim),
        weightGrad: view(this.grads, offset, wSize),
        biasGrad: view(this.grads, offset + wSize, outDim),
      };
      offset += wSize + outDim;
      const bound = 1 / Math.sqrt(inDim);
      for (let i = 0; i < wSize; i++) layer.weight[i] = (2 * random() - 1) * bound;
      for (let i = 0; i < outDim; i++) layer.bias[i] = (2 * random() - 1) * bound;
      return layer;
    });
  }

  /** Writes ε̂(x_i, t_i) to rows 0…n−1 of `out` (n×d). x is n×d, t has n timesteps. */
  predict(x: PointArray, t: TimestepArray, n: number, out: PointArray): void {
    checkMlpBatch(this.config.inputDim, x, t, n, out.length, "out");
    this.forward(x, t, n);
    const { output } = this;
    for (let i = 0; i < n * this.config.inputDim; i++) out[i] = output[i]!; // no subarray: no garbage
  }

  /**
   * The noise-prediction loss mean over the n·d values of (ε̂ − target)² (Ho et al. 2020, eq. 14 without
   * weighting), accumulated in double precision; overwrites `grads` with its gradient.
   */
  lossAndGrad(x: PointArray, t: TimestepArray, target: PointArray, n: number): number {
    if (n < 1) throw new RangeError(`lossAndGrad needs at least one row, got ${n}`);
    checkMlpBatch(this.config.inputDim, x, t, n, target.length, "target");
    this.forward(x, t, n);
    const count = n * this.config.inputDim;
    const { output, gradOutput } = this;
    const scale = 2 / count; // ∂/∂ε̂ of mean((ε̂ − target)²)
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const diff = output[i]! - target[i]!;
      sum += diff * diff;
      gradOutput[i] = scale * diff;
    }
    this.backward(n);
    return sum / count;
  }

  /** A plain object for JSON.stringify; `Mlp.fromJSON` restores an identical network. */
  toJSON(): MlpJson {
    return { config: { ...this.config }, params: Array.from(this.params) };
  }

  /** A fresh network whose initial weights come from the product's stream for this seed, (seed, "init"). */
  static seeded(config: MlpConfig, seed: number): Mlp {
    const rng = makeRng(seed, "init");
    return new Mlp(config, () => rng.uniform());
  }

  /** Rebuilds a network from `toJSON` output; throws an Error if the config or parameter count is wrong. */
  static fromJSON(json: unknown): Mlp {
    if (typeof json !== "object" || json === null) throw new Error("MLP JSON must be an object");
    const { config, params } = json as Record<string, unknown>;
    const mlp = new Mlp(validateMlpConfig(config), UNUSED_RANDOM);
    if (!Array.isArray(params) || params.length !== mlp.params.length) {
      const got = Array.isArray(params) ? `${params.length} params` : JSON.stringify(typeof params);
      throw new Error(`MLP JSON: the config needs ${mlp.params.length} params, got ${got}`);
    }
    // Checked against float32's range: a larger double would be stored as Infinity and predict NaN.
    if (!params.every((p) => typeof p === "number" && Math.abs(p) <= FLOAT32_MAX)) {
      throw new Error("MLP JSON: params must all be finite float32 numbers");
    }
    mlp.params.set(params as number[]);
    return mlp;
  }

  /** Grows the workspace to hold n rows; batches never shrink it, so steady training allocates nothing. */
  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const { width, depth, inputDim } = this.config;
    this.capacity = n;
    this.features = rowsOf(n, this.embedding.width);
    this.pre = Array.from({ length: depth + 1 }, () => rowsOf(n, width));
    this.post = Array.from({ length: depth + 1 }, () => rowsOf(n, width));
    this.output = rowsOf(n, inputDim);
    this.gradOutput = rowsOf(n, inputDim);
    this.gradHidden = rowsOf(n, width);
    this.gradPre = rowsOf(n, width);
  }

  /** z_l = h_{l−1}·W_l + b_l, h_l = act(z_l) (+ h_{l−1} when residual, l ≥ 1); output = h_depth·W + b. */
  private forward(x: PointArray, t: TimestepArray, n: number): void {
    this.ensureCapacity(n);
    const { layers, pre, post, config } = this;
    const f = this.activation.f;
    const size = n * config.width;
    this.embedding.embed(x, t, n, this.features);
    let input = this.features;
    for (let l = 0; l <= config.depth; l++) {
      const { weight, bias, inDim, outDim } = layers[l]!;
      const z = pre[l]!;
      const h = post[l]!;
      linearForward(input, weight, bias, z, n, inDim, outDim);
      if (config.residual && l > 0) for (let i = 0; i < size; i++) h[i] = input[i]! + f(z[i]!);
      else for (let i = 0; i < size; i++) h[i] = f(z[i]!);
      input = h;
    }
    const last = layers[config.depth + 1]!;
    linearForward(input, last.weight, last.bias, this.output, n, last.inDim, last.outDim);
  }

  /**
   * Backpropagates gradOutput = ∂loss/∂output through the cached forward pass (chain rule, layer by
   * layer): dW = inputᵀ·dz, db = Σ_rows dz, d(input) = dz·Wᵀ, dz = dh ⊙ act′(z); a residual layer
   * also passes dh straight through to its input.
   */
  private backward(n: number): void {
    const { layers, pre, post, config, gradHidden, gradPre } = this;
    const df = this.activation.df;
    const size = n * config.width;
    const last = layers[config.depth + 1]!;
    linearWeightGrad(post[config.depth]!, this.gradOutput, last.weightGrad, n, last.inDim, last.outDim);
    columnSums(this.gradOutput, last.biasGrad, n, last.outDim);
    linearInputGrad(this.gradOutput, last.weight, gradHidden, n, last.inDim, last.outDim, false);
    for (let l = config.depth; l >= 0; l--) {
      const { weight, weightGrad, biasGrad, inDim, outDim } = layers[l]!;
      const z = pre[l]!;
      for (let i = 0; i < size; i++) gradPre[i] = gradHidden[i]! * df(z[i]!);
      const input = l > 0 ? post[l - 1]! : this.features;
      linearWeightGrad(input, gradPre, weightGrad, n, inDim, outDim);
      columnSums(gradPre, biasGrad, n, outDim);
      // The input features are not trained, so layer 0 needs no input gradient. Writing dh in place is
      // safe: dz already holds what this layer needs from it, and with `residual` the kernel adds dz·Wᵀ
      // onto dh, which is the skip connection's share of the gradient.
      if (l > 0) linearInputGrad(gradPre, weight, gradHidden, n, inDim, outDim, config.residual);
    }
  }
}

/**
 * Checks a batch of n rows of d values before a network reads x and t and writes n·d values into
 * `outName` (shared by Mlp and the SIMD engine's model, so both refuse the same batches in the same words).
 */
export function checkMlpBatch(
  d: number,
  x: PointArray,
  t: TimestepArray,
  n: number,
  outLength: number,
  outName: string,
): void {
  const size = n * d;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`row count must be an integer ≥ 0, got ${n}`);
  if (x.length < size || outLength < size || t.length < n) {
    throw new RangeError(
      `${n} rows of d=${d} need x and ${outName} of ≥ ${size} values and ≥ ${n} ` +
        `timesteps; got ${x.length}, ${outLength}, ${t.length}`,
    );
  }
}
