import { describe, expect, it } from "vitest";
import { ACTIVATIONS } from "./activations";
import { REFERENCE_MLP_CONFIG, parameterCount, type MlpConfig } from "./config";
import { Mlp } from "./mlp";
import { seededUniform, uniformArray } from "./testing";

/** A small batch: n rows of d coordinates, timesteps 1…50 and noise targets. */
function makeBatch(d: number, n: number, seed: number) {
  const random = seededUniform(seed);
  const t = new Int32Array(n);
  for (let i = 0; i < n; i++) t[i] = 1 + Math.floor(50 * random());
  return { x: uniformArray(random, n * d, -2, 2), t, target: uniformArray(random, n * d, -1.5, 1.5) };
}
type Batch = ReturnType<typeof makeBatch>;

/** The loss recomputed from `predict` in double precision, independent of `lossAndGrad`. */
function loss(mlp: Mlp, { x, t, target }: Batch, n: number): number {
  const out = new Float64Array(target.length);
  mlp.predict(x, t, n, out);
  let sum = 0;
  for (let i = 0; i < out.length; i++) sum += (out[i]! - target[i]!) ** 2;
  return sum / out.length;
}

/** The architecture written out naively in double precision, reading weights through `layers`. */
function naivePredict(mlp: Mlp, x: Float32Array, t: Int32Array, n: number): number[] {
  const c = mlp.config;
  const act = ACTIVATIONS[c.activation].f;
  const embed = (v: number, size: number): number[] => {
    if (size === 0) return [v];
    const half = size / 2;
    const angles = Array.from({ length: half }, (_, k) => v * Math.exp((-Math.log(10000) / (half - 1)) * k));
    return [...angles.map(Math.sin), ...angles.map(Math.cos)];
  };
  const dense = (h: number[], l: number): number[] => {
    const { weight, bias, inDim, outDim } = mlp.layers[l]!;
    expect(h.length).toBe(inDim);
    return Array.from(bias, (b, j) => h.reduce((s, hp, p) => s + hp * weight[p * outDim + j]!, b));
  };
  const result: number[] = [];
  for (let i = 0; i < n; i++) {
    const features: number[] = [];
    for (let j = 0; j < c.inputDim; j++)
      features.push(...embed(c.xScale * x[i * c.inputDim + j]!, c.xEmbedding));
    if (c.xRaw && c.xEmbedding > 0) features.push(...x.subarray(i * c.inputDim, (i + 1) * c.inputDim));
    features.push(...embed(c.tScale * t[i]!, c.tEmbedding));
    let h = dense(features, 0).map(act);
    for (let l = 1; l <= c.depth; l++) {
      const z = dense(h, l);
      h = z.map((zj, j) => act(zj) + (c.residual ? h[j]! : 0));
    }
    result.push(...dense(h, c.depth + 1));
  }
  return result;
}

// Tiny nets for the gradient check. Width 6 and batch 7 leave partial 4×4 tiles, so the GEMM edge
// loops are exercised too; each config covers one activation and one input/skip variant.
const base = { inputDim: 2, width: 6, depth: 2, xScale: 1.5, xRaw: false, tScale: 0.1 };
const GRAD_CONFIGS: Record<string, MlpConfig> = {
  "gelu, residual, sinusoidal x and t": {
    ...base,
    activation: "gelu",
    residual: true,
    xRaw: true,
    xEmbedding: 8,
    tEmbedding: 8,
  },
  "silu, residual, raw t, d = 3": {
    ...base,
    inputDim: 3,
    activation: "silu",
    residual: true,
    xEmbedding: 4,
    tEmbedding: 0,
  },
  "relu, plain, raw x": { ...base, activation: "relu", residual: false, xEmbedding: 0, tEmbedding: 8 },
  "gelu, plain, raw x and t, no hidden layers": {
    ...base,
    depth: 0,
    activation: "gelu",
    residual: false,
    xEmbedding: 0,
    tEmbedding: 0,
  },
};
const N = 7;
// Perturbations: small enough to make the O(step²) truncation error negligible, large enough that the
// loss differences (~1e-4) stand far above the float32 rounding noise. A ReLU kink crossed by the
// perturbation spoils one step size, so a check passes when either step agrees: a wrong formula fails both.
const FD_STEPS = [1e-3, 2e-4];
const SAMPLES_PER_GROUP = 6;
const REL_TOL = 0.01;
/** Float32 rounding in the forward pass leaves ~1e-8 of noise in a loss difference (measured). */
const LOSS_NOISE = 5e-8;

describe("Mlp gradients match central finite differences", () => {
  for (const [name, config] of Object.entries(GRAD_CONFIGS)) {
    it(name, () => {
      const mlp = new Mlp(config, seededUniform(3));
      const batch = makeBatch(config.inputDim, N, 4);
      const reported = mlp.lossAndGrad(batch.x, batch.t, batch.target, N);
      expect(reported).toBeCloseTo(loss(mlp, batch, N), 6);
      const analytic = mlp.grads.slice();
      const { params } = mlp;
      const random = seededUniform(5);
      /**
       * Compares L(θ + δ⁺) − L(θ + δ⁻) with ∇L·(δ⁺ − δ⁻) for δ± = ±FD_STEP·dir on `indices`, using the
       * perturbations float32 actually stored so rounding of θ + δ does not count as error.
       */
      const check = (indices: number[], dir: number[]) => {
        const saved = indices.map((i) => params[i]!);
        const mismatch = (step: number) => {
          const shift = (sign: number) => {
            indices.forEach((i, k) => (params[i] = saved[k]! + sign * step * dir[k]!));
            const moved = indices.map((i, k) => params[i]! - saved[k]!); // what float32 actually stored
            return { value: loss(mlp, batch, N), moved };
          };
          const plus = shift(1);
          const minus = shift(-1);
          indices.forEach((i, k) => (params[i] = saved[k]!));
          const expected = indices.reduce(
            (s, i, k) => s + analytic[i]! * (plus.moved[k]! - minus.moved[k]!),
            0,
          );
          return Math.abs(plus.value - minus.value - expected) - (REL_TOL * Math.abs(expected) + LOSS_NOISE);
        };
        expect(Math.min(...FD_STEPS.map(mismatch))).toBeLessThanOrEqual(0);
      };
      let offset = 0;
      for (const layer of mlp.layers) {
        for (const group of [layer.weight, layer.bias]) {
          const start = group.byteOffset / 4;
          expect(start).toBe(offset);
          const indices = Array.from({ length: group.length }, (_, k) => start + k);
          // The largest-gradient entry and a random sample one by one, then the whole group at once.
          const largest = indices.reduce((a, b) => (Math.abs(analytic[b]!) > Math.abs(analytic[a]!) ? b : a));
          check([largest], [1]);
          for (let s = 0; s < SAMPLES_PER_GROUP; s++) {
            check([indices[Math.floor(random() * indices.length)]!], [1]);
          }
          check(
            indices,
            indices.map(() => (random() < 0.5 ? -1 : 1)),
          );
          offset += group.length;
        }
      }
      expect(offset).toBe(params.length);
    });
  }
});

describe("Mlp", () => {
  it("computes the documented architecture (checked against a naive double-precision version)", () => {
    for (const config of [REFERENCE_MLP_CONFIG, ...Object.values(GRAD_CONFIGS)]) {
      const mlp = new Mlp(config, seededUniform(8));
      const { x, t } = makeBatch(config.inputDim, 5, 9);
      const out = new Float32Array(5 * config.inputDim);
      mlp.predict(x, t, 5, out);
      const naive = naivePredict(mlp, x, t, 5);
      naive.forEach((v, i) => expect(out[i]).toBeCloseTo(v, 4));
    }
  });

  it("has tiny-diffusion's parameter count for the reference net", () => {
    expect(parameterCount(REFERENCE_MLP_CONFIG)).toBe(99074);
    expect(new Mlp(REFERENCE_MLP_CONFIG, seededUniform(1)).params.length).toBe(99074);
  });

  it("initialises from the seed: same seed, same params; different seed, different params", () => {
    const config = GRAD_CONFIGS["gelu, residual, sinusoidal x and t"]!;
    const a = new Mlp(config, seededUniform(42));
    expect(Array.from(new Mlp(config, seededUniform(42)).params)).toEqual(Array.from(a.params));
    expect(Array.from(new Mlp(config, seededUniform(43)).params)).not.toEqual(Array.from(a.params));
    const first = a.layers[0]!;
    const bound = 1 / Math.sqrt(first.inDim);
    expect(Math.max(...first.weight.map(Math.abs))).toBeLessThanOrEqual(bound);
  });

  it("overwrites grads rather than accumulating them", () => {
    const config = GRAD_CONFIGS["silu, residual, raw t, d = 3"]!;
    const mlp = new Mlp(config, seededUniform(1));
    const { x, t, target } = makeBatch(3, N, 2);
    mlp.lossAndGrad(x, t, target, N);
    const once = mlp.grads.slice();
    mlp.lossAndGrad(x, t, target, N);
    expect(Array.from(mlp.grads)).toEqual(Array.from(once));
  });

  it("gives the same predictions whatever batch sizes came before (workspace growth)", () => {
    const mlp = new Mlp(REFERENCE_MLP_CONFIG, seededUniform(1));
    const { x, t } = makeBatch(2, 9, 3);
    const small = new Float32Array(6);
    const large = new Float32Array(18);
    mlp.predict(x, t, 3, small);
    mlp.predict(x, t, 9, large);
    const again = new Float32Array(6);
    mlp.predict(x, t, 3, again);
    expect(Array.from(again)).toEqual(Array.from(small));
    expect(Array.from(large.subarray(0, 6))).toEqual(Array.from(small));
  });

  it("rejects batches whose arrays are too short", () => {
    const mlp = new Mlp(REFERENCE_MLP_CONFIG, seededUniform(1));
    expect(() => mlp.predict(new Float32Array(4), new Int32Array(3), 3, new Float32Array(6))).toThrow(
      /3 rows of d=2/,
    );
    expect(() => mlp.lossAndGrad(new Float32Array(0), new Int32Array(0), new Float32Array(0), 0)).toThrow(
      /at least one row/,
    );
  });

  it("round-trips through JSON to identical predictions", () => {
    const mlp = new Mlp(GRAD_CONFIGS["gelu, residual, sinusoidal x and t"]!, seededUniform(6));
    const copy = Mlp.fromJSON(JSON.parse(JSON.stringify(mlp)));
    expect(copy.config).toEqual(mlp.config);
    expect(Array.from(copy.params)).toEqual(Array.from(mlp.params));
    const { x, t } = makeBatch(2, 5, 7);
    const a = new Float32Array(10);
    const b = new Float32Array(10);
    mlp.predict(x, t, 5, a);
    copy.predict(x, t, 5, b);
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it("rejects bad JSON and bad configs with clear errors", () => {
    const json = new Mlp(GRAD_CONFIGS["relu, plain, raw x"]!, seededUniform(6)).toJSON();
    const count = json.params.length;
    expect(() => Mlp.fromJSON({ ...json, params: json.params.slice(1) })).toThrow(
      `MLP JSON: the config needs ${count} params, got ${count - 1} params`,
    );
    expect(() => Mlp.fromJSON({ config: json.config })).toThrow(/needs \d+ params, got "undefined"/);
    expect(() => Mlp.fromJSON({ ...json, params: [...json.params.slice(1), "x"] })).toThrow(
      /finite float32 numbers/,
    );
    // 1e39 is a finite double but Infinity as float32, which would predict NaN (found by review).
    expect(() => Mlp.fromJSON({ ...json, params: [...json.params.slice(1), 1e39] })).toThrow(/float32/);
    expect(() => Mlp.fromJSON({ ...json, config: { ...json.config, width: 0 } })).toThrow(
      /width must be a positive integer, got 0/,
    );
    expect(() => Mlp.fromJSON(null)).toThrow(/must be an object/);
    const bad = { ...REFERENCE_MLP_CONFIG, activation: "tanh" } as unknown as MlpConfig;
    expect(() => new Mlp(bad, seededUniform(1))).toThrow(/activation must be one of relu, gelu, silu/);
    expect(() => new Mlp({ ...REFERENCE_MLP_CONFIG, xEmbedding: 6.5 }, seededUniform(1))).toThrow(
      /xEmbedding/,
    );
  });
});
