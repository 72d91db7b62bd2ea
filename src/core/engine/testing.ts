/**
 * Test support for the engine: the SIMD engine as the app bundles it, random network shapes (sizes that
 * do not fill the kernels' 4×8 tiles on purpose), random batches, and the closeness check the engine is
 * held to.
 */
import { expect } from "vitest";
import type { ActivationName } from "../nn/activations";
import type { MlpConfig } from "../nn/config";
import { makeRng } from "../rng";
import { bundledEngine } from "./bundled";
import type { Engine } from "./engine";

/** The SIMD engine; every engine test runs where WebAssembly SIMD exists (Node 20 has it). */
export async function simdEngineForTests(): Promise<Engine> {
  const engine = await bundledEngine();
  expect(engine.name).toBe("wasm-simd");
  return engine;
}

const ACTIVATION_NAMES: ActivationName[] = ["relu", "gelu", "silu"];
const EMBEDDING_SIZES = [0, 4, 6, 10, 16];

/** `count` network shapes drawn from a seeded stream: widths 1…40, depth 0…3, every activation and embedding. */
export function randomConfigs(count: number, seed: number): MlpConfig[] {
  const rng = makeRng(seed, "engine-test-shapes");
  const pick = <T>(items: readonly T[]): T => items[rng.int(items.length)]!;
  return Array.from({ length: count }, (_, i) => ({
    inputDim: pick([1, 2, 2, 3, 5]),
    width: 1 + rng.int(40),
    depth: rng.int(4),
    residual: rng.uniform() < 0.5,
    activation: ACTIVATION_NAMES[i % ACTIVATION_NAMES.length]!,
    xEmbedding: pick(EMBEDDING_SIZES),
    xScale: 0.5 + 25 * rng.uniform(),
    xRaw: rng.uniform() < 0.5,
    tEmbedding: pick(EMBEDDING_SIZES),
    tScale: pick([1, 0.02]),
  }));
}

/** n rows of x_t in ±2, timesteps 1…50 and noise targets, from a seeded stream. */
export function randomBatch(d: number, n: number, seed: number) {
  const rng = makeRng(seed, "engine-test-batch");
  const values = (count: number, spread: number) =>
    Float32Array.from({ length: count }, () => spread * (2 * rng.uniform() - 1));
  const t = Int32Array.from({ length: n }, () => 1 + rng.int(50));
  return { x: values(n * d, 2), t, target: values(n * d, 1.5) };
}

/**
 * Every element within `tolerance` of the reference, measured against the reference's own scale (its
 * largest magnitude): 1e-4 means "within 1e-4 of what this vector holds", for gradients of 1e-3 and
 * predictions of 10 alike. A NaN anywhere fails.
 */
export function expectCloseTo(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance: number,
): void {
  expect(actual.length).toBe(expected.length);
  let scale = 0;
  for (let i = 0; i < expected.length; i++) scale = Math.max(scale, Math.abs(expected[i]!));
  const bound = tolerance * Math.max(scale, Number.MIN_VALUE);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  expect(worst).toBeLessThanOrEqual(bound);
}
