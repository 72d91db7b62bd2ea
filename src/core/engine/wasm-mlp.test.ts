import { describe, expect, it } from "vitest";
import { DEFAULT_MLP_CONFIG, REFERENCE_MLP_CONFIG } from "../nn/config";
import { Mlp } from "../nn/mlp";
import { expectCloseTo, randomBatch, randomConfigs, simdEngineForTests } from "./testing";
import { WasmMlp } from "./wasm-mlp";

const engine = await simdEngineForTests();
/** Shapes that leave partial tiles everywhere, plus the product's and the benchmark's nets. */
const CONFIGS = [...randomConfigs(24, 1), DEFAULT_MLP_CONFIG, REFERENCE_MLP_CONFIG];
/** Batch sizes that are not multiples of the kernels' 4 rows, and one that is. */
const BATCH_SIZES = [1, 3, 7, 37, 64];

/** The same network on both engines: the SIMD one built from the TypeScript one's weights. */
function pair(configIndex: number) {
  const config = CONFIGS[configIndex]!;
  const reference = Mlp.seeded(config, configIndex);
  const simd = engine.modelFromJSON(reference.toJSON());
  expect(simd).toBeInstanceOf(WasmMlp);
  return { config, reference, simd: simd as WasmMlp, n: BATCH_SIZES[configIndex % BATCH_SIZES.length]! };
}

describe("the SIMD engine's MLP against the TypeScript Mlp", () => {
  it("predicts the same noise, to 1e-4, for random shapes and batch sizes", () => {
    CONFIGS.forEach((_, c) => {
      const { config, reference, simd, n } = pair(c);
      const { x, t } = randomBatch(config.inputDim, n, c);
      const expected = new Float32Array(n * config.inputDim);
      const actual = new Float32Array(n * config.inputDim);
      reference.predict(x, t, n, expected);
      simd.predict(x, t, n, actual);
      expectCloseTo(actual, expected, 1e-4);
    });
  });

  it("computes the same loss and gradients, to 1e-4", () => {
    CONFIGS.forEach((_, c) => {
      const { config, reference, simd, n } = pair(c);
      const { x, t, target } = randomBatch(config.inputDim, n, 100 + c);
      const expectedLoss = reference.lossAndGrad(x, t, target, n);
      expect(Math.abs(simd.lossAndGrad(x, t, target, n) - expectedLoss)).toBeLessThanOrEqual(
        1e-4 * expectedLoss,
      );
      expectCloseTo(simd.gradients(), reference.grads, 1e-4);
    });
  });

  it("starts from the same seeded weights and serialises to the same JSON", () => {
    for (const config of [DEFAULT_MLP_CONFIG, CONFIGS[0]!]) {
      const json = engine.createModel(config, 7).toJSON();
      expect(json).toEqual(Mlp.seeded(config, 7).toJSON());
      expect(Mlp.fromJSON(json).toJSON()).toEqual(json);
    }
  });

  it("keeps predicting correctly as batches grow and shrink, down to none", () => {
    const { config, reference, simd } = pair(3);
    for (const n of [5, 300, 0, 2, 130]) {
      const { x, t } = randomBatch(config.inputDim, n, n);
      const expected = new Float32Array(n * config.inputDim);
      const actual = new Float32Array(n * config.inputDim);
      reference.predict(x, t, n, expected);
      simd.predict(x, t, n, actual);
      expectCloseTo(actual, expected, 1e-4);
    }
  });

  it("rejects batches whose arrays are too short, as Mlp does", () => {
    const { simd } = pair(0);
    const d = simd.config.inputDim;
    expect(() => simd.predict(new Float32Array(d), new Int32Array(2), 2, new Float32Array(2 * d))).toThrow(
      RangeError,
    );
    expect(() =>
      simd.predict(new Float32Array(2 * d), new Int32Array(2), 2.5, new Float32Array(2 * d)),
    ).toThrow(RangeError);
    expect(() => simd.lossAndGrad(new Float32Array(0), new Int32Array(0), new Float32Array(0), 0)).toThrow(
      RangeError,
    );
  });
});
