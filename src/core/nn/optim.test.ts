import { describe, expect, it } from "vitest";
import { Mlp } from "./mlp";
import { Adam, clipGradNorm, sgdStep } from "./optim";
import { seededUniform } from "./testing";

describe("Adam", () => {
  it("matches hand-computed steps on L(θ) = θ²", () => {
    // g = 2θ. Step 1 (θ = 1, g = 2): m̂ = g, v̂ = g², so θ ← 1 − 0.1·2/(2 + 1e-8) ≈ 0.9.
    // Step 2 (g = 1.8): m = 0.9·0.2 + 0.1·1.8 = 0.36, v = 0.999·0.004 + 0.001·3.24 = 0.007236,
    // m̂ = 0.36/0.19 = 1.8947368, v̂ = 0.007236/0.001999 = 3.6198099, θ ← 0.9 − 0.1·1.8947368/1.9025798.
    const params = new Float32Array([1]);
    const grads = new Float32Array(1);
    const adam = new Adam(1, { lr: 0.1 });
    const expected = [0.9, 0.80041223];
    for (const value of expected) {
      grads[0] = 2 * params[0]!;
      adam.step(params, grads);
      expect(params[0]).toBeCloseTo(value, 6);
    }
    expect(adam.steps).toBe(2);
    expect(adam.m[0]).toBeCloseTo(0.36, 6);
    expect(adam.v[0]).toBeCloseTo(0.007236, 8);
  });

  it("moves every coordinate by about lr on its first step, whatever the gradient's scale", () => {
    const params = new Float32Array([0, 0, 0]);
    new Adam(3, { lr: 0.01 }).step(params, new Float32Array([1e-4, -3, 250]));
    expect(Array.from(params).map((p) => Number(p.toFixed(5)))).toEqual([-0.01, 0.01, -0.01]);
  });

  it("decays weights decoupled from the gradient (AdamW) and takes a one-off lr", () => {
    const params = new Float32Array([2]);
    const adam = new Adam(1, { lr: 0.1, weightDecay: 0.5 });
    adam.step(params, new Float32Array([0]));
    expect(params[0]).toBeCloseTo(2 * (1 - 0.1 * 0.5), 6);
    adam.step(params, new Float32Array([0]), 0.2);
    expect(params[0]).toBeCloseTo(1.9 * (1 - 0.2 * 0.5), 6);
  });

  it("rejects buffers of the wrong size", () => {
    expect(() => new Adam(2, { lr: 1 }).step(new Float32Array(3), new Float32Array(3))).toThrow(/size 2/);
  });

  it("trains a tiny net to fit y = sin(x), cutting the loss by a large factor", () => {
    const config = {
      inputDim: 1,
      width: 16,
      depth: 1,
      residual: true,
      activation: "silu",
      xEmbedding: 0,
      xScale: 1,
      xRaw: false,
      tEmbedding: 0,
      tScale: 0, // t plays no part: a plain regression
    } as const;
    const n = 64;
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = -Math.PI + (2 * Math.PI * i) / (n - 1);
      y[i] = Math.sin(x[i]!);
    }
    const t = new Int32Array(n).fill(1);
    const mlp = new Mlp(config, seededUniform(7));
    const adam = new Adam(mlp.params.length, { lr: 0.01 });
    const initial = mlp.lossAndGrad(x, t, y, n);
    let final = initial;
    for (let step = 0; step < 1500; step++) {
      adam.step(mlp.params, mlp.grads);
      final = mlp.lossAndGrad(x, t, y, n);
    }
    expect(final).toBeLessThan(initial / 100);
    expect(final).toBeLessThan(2e-3);
  });
});

describe("sgdStep and clipGradNorm", () => {
  it("sgdStep moves against the gradient", () => {
    const params = new Float32Array([1, -2]);
    sgdStep(params, new Float32Array([0.5, -1]), 0.1);
    expect(Array.from(params)).toEqual([Math.fround(0.95), Math.fround(-1.9)]);
  });

  it("clipGradNorm returns the norm before clipping and rescales to maxNorm", () => {
    const grads = new Float32Array([3, 4]);
    expect(clipGradNorm(grads, 1)).toBe(5);
    expect(Math.hypot(grads[0]!, grads[1]!)).toBeCloseTo(1, 5);
    expect(grads[0]! / grads[1]!).toBeCloseTo(0.75, 6);
  });

  it("clipGradNorm leaves small gradients alone", () => {
    const grads = new Float32Array([0.3, 0.4]);
    expect(clipGradNorm(grads, 1)).toBeCloseTo(0.5, 7);
    expect(Array.from(grads)).toEqual([Math.fround(0.3), Math.fround(0.4)]);
  });

  it("clipGradNorm's threshold must be a finite number ≥ 0: a negative one would flip the gradient (found by review)", () => {
    expect(() => clipGradNorm(Float32Array.of(3, 4), -1)).toThrow(/maxNorm/);
    expect(() => clipGradNorm(Float32Array.of(3, 4), Number.NaN)).toThrow(/maxNorm/);
  });
});
