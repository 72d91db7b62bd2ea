/**
 * The shape of a noise-predictor MLP as a plain JSON-able object: input features (see embedding.ts) →
 * Linear(features → width), act → `depth` hidden layers Linear(width → width), act (each added to its
 * input when `residual`) → Linear(width → d).
 */
import { ACTIVATIONS, isActivationName, type ActivationName } from "./activations";
import { embeddingWidth, isEmbeddingSize, type EmbeddingConfig } from "./embedding";

/** Everything that determines the parameter layout and the function the network computes. */
export interface MlpConfig extends EmbeddingConfig {
  /** Units per hidden layer. */
  readonly width: number;
  /** Hidden width→width layers after the first layer (tiny-diffusion's `hidden_layers`). */
  readonly depth: number;
  /** h ← h + act(Linear(h)) (tiny-diffusion's Block) instead of h ← act(Linear(h)). */
  readonly residual: boolean;
  readonly activation: ActivationName;
}

/**
 * The benchmark net: tiny-diffusion's MLP (github.com/tanelp/tiny-diffusion, ddpm.py) for 2-D points,
 * 128-dim sinusoidal embeddings of 25·x_j and of t, width 128, three residual GELU blocks. GELU is the
 * tanh approximation here (tiny-diffusion uses PyTorch's exact erf GELU; they differ by < 1e-3), and
 * t is embedded as given (tiny-diffusion feeds 0-based steps; pass t − 1 to reproduce it exactly).
 */
export const REFERENCE_MLP_CONFIG: MlpConfig = Object.freeze({
  inputDim: 2,
  width: 128,
  depth: 3,
  residual: true,
  activation: "gelu",
  xEmbedding: 128,
  xScale: 25,
  xRaw: false,
  tEmbedding: 128,
  tScale: 1,
});

/**
 * The product default: a twentieth of the reference net's parameters, quick to train in a browser.
 * Measured on moons (bench/run.ts): width and embedding size cost time but gain little, as tiny-diffusion's
 * ablations found; the raw coordinates keep rare far-out samples from running away (see `xRaw`).
 */
export const DEFAULT_MLP_CONFIG: MlpConfig = Object.freeze({
  inputDim: 2,
  width: 32,
  depth: 3,
  residual: true,
  activation: "silu",
  xEmbedding: 16,
  xScale: 25,
  xRaw: true,
  tEmbedding: 16,
  tScale: 1,
});

/** The textbook baseline for comparison: raw x, no skip connections, ReLU. */
export const PLAIN_MLP_CONFIG: MlpConfig = Object.freeze({
  inputDim: 2,
  width: 64,
  depth: 3,
  residual: false,
  activation: "relu",
  xEmbedding: 0,
  xScale: 1,
  xRaw: false,
  tEmbedding: 32,
  tScale: 1,
});

/** Input and output size of each linear layer, in parameter order. */
export function layerShapes(config: MlpConfig): { inDim: number; outDim: number }[] {
  const shapes = [{ inDim: embeddingWidth(config), outDim: config.width }];
  for (let l = 0; l < config.depth; l++) shapes.push({ inDim: config.width, outDim: config.width });
  shapes.push({ inDim: config.width, outDim: config.inputDim });
  return shapes;
}

/** Total weights and biases: Σ over layers of inDim·outDim + outDim. */
export function parameterCount(config: MlpConfig): number {
  return layerShapes(config).reduce((sum, { inDim, outDim }) => sum + inDim * outDim + outDim, 0);
}

const isPositiveInt = (v: unknown): boolean => Number.isInteger(v) && (v as number) > 0;
const isNonNegativeInt = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
const isFiniteNumber = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);
const isEmbedding = (v: unknown): boolean => typeof v === "number" && isEmbeddingSize(v);

/** Each field with its check and what the check demands, for the error message. */
const FIELD_CHECKS: Record<keyof MlpConfig, [(v: unknown) => boolean, string]> = {
  inputDim: [isPositiveInt, "a positive integer"],
  width: [isPositiveInt, "a positive integer"],
  depth: [isNonNegativeInt, "a non-negative integer"],
  residual: [(v) => typeof v === "boolean", "a boolean"],
  activation: [isActivationName, `one of ${Object.keys(ACTIVATIONS).join(", ")}`],
  xEmbedding: [isEmbedding, "0 or an even integer ≥ 4"],
  xScale: [isFiniteNumber, "a finite number"],
  xRaw: [(v) => typeof v === "boolean", "a boolean"],
  tEmbedding: [isEmbedding, "0 or an even integer ≥ 4"],
  tScale: [isFiniteNumber, "a finite number"],
};

/**
 * Checks an untrusted value (parsed JSON, a worker message) field by field and returns a fresh config
 * holding only the known fields; throws an Error naming the first bad field.
 */
export function validateMlpConfig(value: unknown): MlpConfig {
  if (typeof value !== "object" || value === null) throw new Error("MLP config must be an object");
  const record = value as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  for (const [key, [check, expected]] of Object.entries(FIELD_CHECKS)) {
    const field = record[key];
    if (!check(field)) {
      throw new Error(`invalid MLP config: ${key} must be ${expected}, got ${JSON.stringify(field)}`);
    }
    config[key] = field;
  }
  return config as unknown as MlpConfig;
}
