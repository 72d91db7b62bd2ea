/**
 * The network's input features, as InputEmbedding in src/core/nn/embedding.ts computes them: per row
 * [emb(x_0), …, emb(x_{d−1}), raw x when asked for, emb(t)], each emb either the scaled value or
 * sin(v·ω_k) for k < h then cos(v·ω_k), with the frequencies ω_k handed in (computed once in TypeScript,
 * so both engines embed with the same float32 frequencies). Rows are `stride` floats wide; the columns
 * beyond the features and the rows from n to paddedRows are zeroed, as the padded kernels expect.
 */
import { sinCosInto } from "./vector-math";

/** The embedding's shape; set once per network by configureEmbedding. */
let inputDim: i32 = 0;
let xFreqs: usize = 0;
let xHalf: i32 = 0;
let xScale: f64 = 1;
let xRaw: bool = false;
let tFreqs: usize = 0;
let tHalf: i32 = 0;
let tScale: f64 = 1;

/** Sets the embedding's shape: xHalfSize/tHalfSize are h (0 for the raw value), frequencies h floats each. */
export function configureEmbedding(
  dim: i32,
  xFrequencies: usize,
  xHalfSize: i32,
  xScaleFactor: f64,
  appendRawX: bool,
  tFrequencies: usize,
  tHalfSize: i32,
  tScaleFactor: f64,
): void {
  inputDim = dim;
  xFreqs = xFrequencies;
  xHalf = xHalfSize;
  xScale = xScaleFactor;
  xRaw = appendRawX && xHalfSize > 0;
  tFreqs = tFrequencies;
  tHalf = tHalfSize;
  tScale = tScaleFactor;
}

/** sin(v·ω_k) at out + 4k and cos(v·ω_k) at out + 4(h + k), k = 0…h−1; or v itself when h = 0. */
function writeBlock(value: f64, freqs: usize, half: i32, out: usize): void {
  if (half == 0) {
    store<f32>(out, <f32>value);
    return;
  }
  const cosOut = out + ((<usize>half) << 2);
  for (let k = 0; k < half; k++) {
    const offset = (<usize>k) << 2;
    sinCosInto(value * <f64>load<f32>(freqs + offset), out + offset, cosOut + offset);
  }
}

/** Fills rows 0…paddedRows−1 of `out` (stride floats each) from x (n×d float32) and t (n int32). */
export function embed(x: usize, t: usize, n: i32, paddedRows: i32, out: usize, stride: i32): void {
  const xBlock = xHalf == 0 ? 1 : 2 * xHalf;
  const tBlock = tHalf == 0 ? 1 : 2 * tHalf;
  const rawOffset = inputDim * xBlock;
  const tOffset = rawOffset + (xRaw ? inputDim : 0);
  const width = tOffset + tBlock;
  const rowBytes = (<usize>stride) << 2;
  for (let i = 0; i < n; i++) {
    const row = out + <usize>i * rowBytes;
    for (let j = 0; j < inputDim; j++) {
      const value = load<f32>(x + ((<usize>(i * inputDim + j)) << 2));
      writeBlock(xScale * <f64>value, xFreqs, xHalf, row + ((<usize>(j * xBlock)) << 2));
      if (xRaw) store<f32>(row + ((<usize>(rawOffset + j)) << 2), value);
    }
    const ti = load<i32>(t + ((<usize>i) << 2));
    const tAt = row + ((<usize>tOffset) << 2);
    // A batch often shares one t (sampling): copy the previous row's block instead of recomputing it.
    if (i > 0 && load<i32>(t + ((<usize>(i - 1)) << 2)) == ti) {
      memory.copy(tAt, tAt - rowBytes, (<usize>tBlock) << 2);
    } else {
      writeBlock(tScale * <f64>ti, tFreqs, tHalf, tAt);
    }
    memory.fill(row + ((<usize>width) << 2), 0, (<usize>(stride - width)) << 2);
  }
  memory.fill(out + <usize>n * rowBytes, 0, <usize>(paddedRows - n) * rowBytes);
}
