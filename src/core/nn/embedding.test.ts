import { describe, expect, it } from "vitest";
import { InputEmbedding, embeddingWidth, sinusoidalFrequencies, writeSinusoidal } from "./embedding";

describe("sinusoidal embedding", () => {
  it("spans frequencies 1 … 1/10000 geometrically", () => {
    const freqs = sinusoidalFrequencies(128);
    expect(freqs.length).toBe(64);
    expect(freqs[0]).toBe(1);
    expect(freqs[63]).toBeCloseTo(1e-4, 9);
    expect(freqs[1]! / freqs[0]!).toBeCloseTo(freqs[2]! / freqs[1]!, 6);
  });

  it("gives sin = 0 and cos = 1 at t = 0", () => {
    const out = new Float32Array(16).fill(NaN);
    writeSinusoidal(0, sinusoidalFrequencies(16), out, 0);
    expect(Array.from(out)).toEqual([...Array(8).fill(0), ...Array(8).fill(1)]);
  });

  it("lays out [sin(v·ω_k)…, cos(v·ω_k)…] at known values", () => {
    const out = new Float32Array(6);
    writeSinusoidal(2, sinusoidalFrequencies(4), out, 2); // ω = [1, 1e-4]
    expect(out[0]).toBe(0);
    expect(out[2]).toBeCloseTo(Math.sin(2), 6);
    expect(out[3]).toBeCloseTo(Math.sin(2e-4), 9);
    expect(out[4]).toBeCloseTo(Math.cos(2), 6);
    expect(out[5]).toBeCloseTo(Math.cos(2e-4), 6);
  });

  it("rejects sizes without at least two frequencies", () => {
    for (const size of [0, 2, 5, 6.5])
      expect(() => sinusoidalFrequencies(size)).toThrow(/even and at least 4/);
  });
});

describe("InputEmbedding", () => {
  it("concatenates [emb(x_0), emb(x_1), emb(t)] with their scales, as tiny-diffusion", () => {
    const config = { inputDim: 2, xEmbedding: 4, xScale: 25, xRaw: false, tEmbedding: 6, tScale: 0.5 };
    const embedding = new InputEmbedding(config);
    expect(embedding.width).toBe(embeddingWidth(config));
    expect(embedding.width).toBe(14);
    const out = new Float32Array(28);
    embedding.embed(new Float32Array([0.1, -0.2, 0.3, 0.4]), new Int32Array([7, 7]), 2, out);
    const expected = (row: number, col: number, value: number, size: number) => {
      const block = new Float32Array(size);
      writeSinusoidal(value, sinusoidalFrequencies(size), block, 0);
      expect(Array.from(out.subarray(row * 14 + col, row * 14 + col + size))).toEqual(Array.from(block));
    };
    expected(0, 0, 25 * Math.fround(0.1), 4);
    expected(0, 4, 25 * Math.fround(-0.2), 4);
    expected(0, 8, 3.5, 6);
    expected(1, 0, 25 * Math.fround(0.3), 4);
    expected(1, 8, 3.5, 6); // the repeated t is copied from row 0
  });

  it("appends the unscaled coordinates after the sinusoidal blocks when asked (xRaw)", () => {
    const config = { inputDim: 2, xEmbedding: 4, xScale: 25, xRaw: true, tEmbedding: 4, tScale: 1 };
    const embedding = new InputEmbedding(config);
    expect(embedding.width).toBe(2 * 4 + 2 + 4);
    const out = new Float32Array(embedding.width);
    embedding.embed(new Float32Array([0.5, -3]), new Int32Array([0]), 1, out);
    expect([out[8], out[9]]).toEqual([0.5, -3]);
    // t = 0: sin 0 = 0 then cos 0 = 1, right after the raw columns.
    expect(Array.from(out.subarray(10))).toEqual([0, 0, 1, 1]);
  });

  it("passes raw coordinates and timesteps through, scaled", () => {
    const embedding = new InputEmbedding({
      inputDim: 3,
      xEmbedding: 0,
      xScale: 2,
      xRaw: false,
      tEmbedding: 0,
      tScale: 0.01,
    });
    const out = new Float32Array(8);
    embedding.embed(new Float64Array([1, 2, 3, -1, -2, -3]), new Float32Array([50, 100]), 2, out);
    expect(Array.from(out)).toEqual([2, 4, 6, 0.5, -2, -4, -6, 1]);
  });
});
