import { describe, expect, it } from "vitest";
import { columnSums, linearForward, linearInputGrad, linearWeightGrad } from "./gemm";
import { seededUniform, uniformArray } from "./testing";

// Sizes below, at and around the 4×4 tile, so both the tiled kernels and the edge loops run.
const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [3, 5, 2],
  [4, 4, 4],
  [7, 9, 6],
  [8, 12, 16],
  [13, 6, 5],
];

/** Element (i, j) of a row-major matrix with `cols` columns. */
const at = (a: Float32Array, cols: number, i: number, j: number) => a[i * cols + j]!;

describe("linear-layer GEMMs match naive loops", () => {
  const random = seededUniform(11);
  for (const [n, inDim, outDim] of SHAPES) {
    const x = uniformArray(random, n * inDim, -1, 1);
    const w = uniformArray(random, inDim * outDim, -1, 1);
    const b = uniformArray(random, outDim, -1, 1);
    const dy = uniformArray(random, n * outDim, -1, 1);

    it(`y = x·W + b for ${n}×${inDim}→${outDim}`, () => {
      const y = new Float32Array(n * outDim);
      linearForward(x, w, b, y, n, inDim, outDim);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < outDim; j++) {
          let s = b[j]!;
          for (let p = 0; p < inDim; p++) s += at(x, inDim, i, p) * at(w, outDim, p, j);
          expect(at(y, outDim, i, j)).toBeCloseTo(s, 5);
        }
      }
    });

    it(`dx = dy·Wᵀ (overwrite and accumulate) for ${n}×${inDim}→${outDim}`, () => {
      const old = uniformArray(random, n * inDim, -1, 1);
      const overwritten = uniformArray(random, n * inDim, -1, 1);
      const accumulated = old.slice();
      linearInputGrad(dy, w, overwritten, n, inDim, outDim, false);
      linearInputGrad(dy, w, accumulated, n, inDim, outDim, true);
      for (let i = 0; i < n; i++) {
        for (let p = 0; p < inDim; p++) {
          let s = 0;
          for (let j = 0; j < outDim; j++) s += at(dy, outDim, i, j) * at(w, outDim, p, j);
          expect(at(overwritten, inDim, i, p)).toBeCloseTo(s, 5);
          expect(at(accumulated, inDim, i, p)).toBeCloseTo(at(old, inDim, i, p) + s, 5);
        }
      }
    });

    it(`dW = xᵀ·dy and db = Σ dy for ${n}×${inDim}→${outDim}`, () => {
      const dw = uniformArray(random, inDim * outDim, -1, 1); // stale values must be overwritten
      const db = uniformArray(random, outDim, -1, 1);
      linearWeightGrad(x, dy, dw, n, inDim, outDim);
      columnSums(dy, db, n, outDim);
      for (let j = 0; j < outDim; j++) {
        let sb = 0;
        for (let i = 0; i < n; i++) sb += at(dy, outDim, i, j);
        expect(db[j]).toBeCloseTo(sb, 5);
        for (let p = 0; p < inDim; p++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += at(x, inDim, i, p) * at(dy, outDim, i, j);
          expect(at(dw, outDim, p, j)).toBeCloseTo(s, 5);
        }
      }
    });
  }
});
