/**
 * The network's input features: each coordinate of x_t and the timestep t either as a raw (scaled)
 * number or as a sinusoidal embedding (Vaswani et al. 2017, as in tiny-diffusion's SinusoidalEmbedding):
 * for a value v and size 2h, feature k is sin(v·ω_k) and feature h + k is cos(v·ω_k), with
 * ω_k = exp(−ln(10000)/(h − 1)·k), k = 0…h−1. High frequencies let a small MLP resolve fine detail in
 * x (hence scales like 25) and tell neighbouring timesteps apart.
 */

/** The wavelength base of the frequency ladder (Vaswani et al. 2017). */
const SINUSOIDAL_BASE = 10000;

/** The parts of a network config that define its input features. */
export interface EmbeddingConfig {
  /** Dimension d of a data point. */
  readonly inputDim: number;
  /** Sinusoidal features per x coordinate (even, ≥ 4), or 0 for the raw coordinate. */
  readonly xEmbedding: number;
  /** Each x coordinate is multiplied by this before embedding (or as the raw feature). */
  readonly xScale: number;
  /**
   * Also feed each coordinate unembedded, after the sinusoidal blocks. Sinusoidal features are bounded, so
   * far from the data a net fed only them predicts a bounded ε̂, and the reverse chain, which divides by
   * √α_t at every step, can carry a rare outlying sample away; the raw coordinate lets it extrapolate.
   * (With xEmbedding = 0 the raw coordinate is the feature already, and this adds nothing.)
   */
  readonly xRaw: boolean;
  /** Sinusoidal features for t (even, ≥ 4), or 0 for the raw timestep. */
  readonly tEmbedding: number;
  /** t is multiplied by this before embedding (or as the raw feature), e.g. 1/T for raw t. */
  readonly tScale: number;
}

/** Whether `size` is a usable embedding size: 0 (raw value) or even and ≥ 4 (so h − 1 > 0). */
export function isEmbeddingSize(size: number): boolean {
  return size === 0 || (Number.isInteger(size) && size >= 4 && size % 2 === 0);
}

/**
 * The h = size/2 frequencies ω_k = exp(−ln(10000)/(h − 1)·k). Stored as float32, like the PyTorch
 * buffer in tiny-diffusion, so both embed with the same frequencies.
 */
export function sinusoidalFrequencies(size: number): Float32Array {
  if (size === 0 || !isEmbeddingSize(size)) {
    throw new RangeError(`sinusoidal embedding size must be even and at least 4, got ${size}`);
  }
  const half = size / 2;
  const step = Math.log(SINUSOIDAL_BASE) / (half - 1);
  const freqs = new Float32Array(half);
  for (let k = 0; k < half; k++) freqs[k] = Math.exp(-step * k);
  return freqs;
}

/** Writes sin(v·ω_k) to out[offset + k] and cos(v·ω_k) to out[offset + h + k] for k = 0…h−1. */
export function writeSinusoidal(value: number, freqs: Float32Array, out: Float32Array, offset: number): void {
  const half = freqs.length;
  for (let k = 0; k < half; k++) {
    const angle = value * freqs[k]!;
    out[offset + k] = Math.sin(angle);
    out[offset + half + k] = Math.cos(angle);
  }
}

/** Features per row: d coordinate blocks, the raw coordinates if asked for, then one timestep block. */
export function embeddingWidth(config: EmbeddingConfig): number {
  return (
    config.inputDim * (Math.max(1, config.xEmbedding) + rawColumns(config)) + Math.max(1, config.tEmbedding)
  );
}

/** 1 when raw coordinates are appended to sinusoidal ones, else 0. */
function rawColumns(config: EmbeddingConfig): number {
  return config.xRaw && config.xEmbedding > 0 ? 1 : 0;
}

/** Turns a batch (x_t, t) into the N×embeddingWidth feature matrix the first linear layer reads. */
export class InputEmbedding {
  /** Features per row. */
  readonly width: number;
  private readonly config: EmbeddingConfig;
  private readonly xFreqs: Float32Array | null;
  private readonly tFreqs: Float32Array | null;

  constructor(config: EmbeddingConfig) {
    this.config = config;
    this.width = embeddingWidth(config);
    this.xFreqs = config.xEmbedding > 0 ? sinusoidalFrequencies(config.xEmbedding) : null;
    this.tFreqs = config.tEmbedding > 0 ? sinusoidalFrequencies(config.tEmbedding) : null;
  }

  /**
   * Fills rows 0…n−1 of `out` (row-major, `width` columns) from x (n×d) and t (n). Row layout, as in
   * tiny-diffusion: [emb(x_0), …, emb(x_{d−1}), emb(t)], with x_0…x_{d−1} before emb(t) when `xRaw`.
   */
  embed(x: ArrayLike<number>, t: ArrayLike<number>, n: number, out: Float32Array): void {
    const { inputDim, xScale, tScale } = this.config;
    const { width, xFreqs, tFreqs } = this;
    const xBlock = xFreqs === null ? 1 : 2 * xFreqs.length;
    const rawOffset = inputDim * xBlock;
    const tOffset = rawOffset + inputDim * rawColumns(this.config);
    const tBlock = width - tOffset;
    for (let i = 0; i < n; i++) {
      const row = i * width;
      for (let j = 0; j < inputDim; j++) {
        const v = xScale * x[i * inputDim + j]!;
        if (xFreqs === null) out[row + j] = v;
        else writeSinusoidal(v, xFreqs, out, row + j * xBlock);
        if (tOffset > rawOffset) out[row + rawOffset + j] = x[i * inputDim + j]!;
      }
      const ti = t[i]!;
      if (tFreqs === null) out[row + tOffset] = tScale * ti;
      // A batch usually shares one t (sampling) or repeats it: copy instead of recomputing the trig.
      else if (i > 0 && t[i - 1] === ti) out.copyWithin(row + tOffset, row - tBlock, row);
      else writeSinusoidal(tScale * ti, tFreqs, out, row + tOffset);
    }
  }
}
