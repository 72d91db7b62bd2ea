/**
 * The three matrix products of a linear layer y = x·W + b, with W stored inDim×outDim row-major so the
 * forward product reads W rows contiguously. Each kernel computes a 4×4 tile of the output in 16 local
 * accumulators: every loaded value feeds four multiply-adds, which is what makes plain JavaScript fast
 * here (~3 GFLOP/s in Node against ~1 GFLOP/s for an i-k-j triple loop). The accumulators are doubles,
 * so sums are also more accurate than float32 accumulation. Rows or columns that do not fill a whole
 * tile fall back to one dot product per element. The tiles are kept unformatted (prettier-ignore) so
 * that one line shows one row of the tile.
 */

/** Output rows and columns per register tile; the unrolled kernels below are written for exactly 4. */
const TILE = 4;

/** Largest multiple of TILE that is ≤ size: where the tiled part of a dimension ends. */
function tiled(size: number): number {
  return size - (size % TILE);
}

/**
 * Forward product y = x·W + b: x is n×inDim, W inDim×outDim, b outDim, y n×outDim (all row-major).
 * The bias seeds the accumulators, so adding it costs no extra pass.
 */
export function linearForward(
  x: Float32Array,
  w: Float32Array,
  b: Float32Array,
  y: Float32Array,
  n: number,
  inDim: number,
  outDim: number,
): void {
  const n4 = tiled(n);
  const m4 = tiled(outDim);
  for (let i = 0; i < n4; i += TILE) {
    const x0 = i * inDim, x1 = x0 + inDim, x2 = x1 + inDim, x3 = x2 + inDim; // prettier-ignore
    // prettier-ignore
    for (let j = 0; j < m4; j += TILE) {
      const b0 = b[j]!, b1 = b[j + 1]!, b2 = b[j + 2]!, b3 = b[j + 3]!;
      let s00 = b0, s01 = b1, s02 = b2, s03 = b3;
      let s10 = b0, s11 = b1, s12 = b2, s13 = b3;
      let s20 = b0, s21 = b1, s22 = b2, s23 = b3;
      let s30 = b0, s31 = b1, s32 = b2, s33 = b3;
      for (let p = 0, wo = j; p < inDim; p++, wo += outDim) {
        const a0 = x[x0 + p]!, a1 = x[x1 + p]!, a2 = x[x2 + p]!, a3 = x[x3 + p]!;
        const w0 = w[wo]!, w1 = w[wo + 1]!, w2 = w[wo + 2]!, w3 = w[wo + 3]!;
        s00 += a0 * w0; s01 += a0 * w1; s02 += a0 * w2; s03 += a0 * w3;
        s10 += a1 * w0; s11 += a1 * w1; s12 += a1 * w2; s13 += a1 * w3;
        s20 += a2 * w0; s21 += a2 * w1; s22 += a2 * w2; s23 += a2 * w3;
        s30 += a3 * w0; s31 += a3 * w1; s32 += a3 * w2; s33 += a3 * w3;
      }
      const y0 = i * outDim + j, y1 = y0 + outDim, y2 = y1 + outDim, y3 = y2 + outDim;
      y[y0] = s00; y[y0 + 1] = s01; y[y0 + 2] = s02; y[y0 + 3] = s03;
      y[y1] = s10; y[y1 + 1] = s11; y[y1 + 2] = s12; y[y1 + 3] = s13;
      y[y2] = s20; y[y2 + 1] = s21; y[y2 + 2] = s22; y[y2 + 3] = s23;
      y[y3] = s30; y[y3 + 1] = s31; y[y3 + 2] = s32; y[y3 + 3] = s33;
    }
  }
  // Edges: the columns right of the tiles in tiled rows, then every column of the leftover rows.
  for (let i = 0; i < n; i++) {
    const xo = i * inDim;
    for (let j = i < n4 ? m4 : 0; j < outDim; j++) {
      let s = b[j]!;
      for (let p = 0, wo = j; p < inDim; p++, wo += outDim) s += x[xo + p]! * w[wo]!;
      y[i * outDim + j] = s;
    }
  }
}

/**
 * Input gradient dx = dy·Wᵀ, or dx += dy·Wᵀ when `accumulate`: dy is n×outDim, W inDim×outDim, dx
 * n×inDim. Both operands are walked along contiguous rows. Accumulating lets a residual block add its
 * branch gradient to the skip gradient in place, without a separate add pass. dx must not alias dy.
 */
export function linearInputGrad(
  dy: Float32Array,
  w: Float32Array,
  dx: Float32Array,
  n: number,
  inDim: number,
  outDim: number,
  accumulate: boolean,
): void {
  const n4 = tiled(n);
  const k4 = tiled(inDim);
  if (!accumulate) dx.fill(0, 0, n * inDim);
  for (let i = 0; i < n4; i += TILE) {
    const d0 = i * outDim, d1 = d0 + outDim, d2 = d1 + outDim, d3 = d2 + outDim; // prettier-ignore
    // prettier-ignore
    for (let j = 0; j < k4; j += TILE) {
      const w0 = j * outDim, w1 = w0 + outDim, w2 = w1 + outDim, w3 = w2 + outDim;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let p = 0; p < outDim; p++) {
        const a0 = dy[d0 + p]!, a1 = dy[d1 + p]!, a2 = dy[d2 + p]!, a3 = dy[d3 + p]!;
        const c0 = w[w0 + p]!, c1 = w[w1 + p]!, c2 = w[w2 + p]!, c3 = w[w3 + p]!;
        s00 += a0 * c0; s01 += a0 * c1; s02 += a0 * c2; s03 += a0 * c3;
        s10 += a1 * c0; s11 += a1 * c1; s12 += a1 * c2; s13 += a1 * c3;
        s20 += a2 * c0; s21 += a2 * c1; s22 += a2 * c2; s23 += a2 * c3;
        s30 += a3 * c0; s31 += a3 * c1; s32 += a3 * c2; s33 += a3 * c3;
      }
      const o0 = i * inDim + j, o1 = o0 + inDim, o2 = o1 + inDim, o3 = o2 + inDim;
      dx[o0]! += s00; dx[o0 + 1]! += s01; dx[o0 + 2]! += s02; dx[o0 + 3]! += s03;
      dx[o1]! += s10; dx[o1 + 1]! += s11; dx[o1 + 2]! += s12; dx[o1 + 3]! += s13;
      dx[o2]! += s20; dx[o2 + 1]! += s21; dx[o2 + 2]! += s22; dx[o2 + 3]! += s23;
      dx[o3]! += s30; dx[o3 + 1]! += s31; dx[o3 + 2]! += s32; dx[o3 + 3]! += s33;
    }
  }
  for (let i = 0; i < n; i++) {
    const d = i * outDim;
    for (let j = i < n4 ? k4 : 0; j < inDim; j++) {
      const wo = j * outDim;
      let s = 0;
      for (let p = 0; p < outDim; p++) s += dy[d + p]! * w[wo + p]!;
      dx[i * inDim + j]! += s;
    }
  }
}

/**
 * Weight gradient dW = xᵀ·dy (overwrites): x is n×inDim, dy n×outDim, dW inDim×outDim. The sum runs
 * over the batch, stepping both operands one row at a time.
 */
export function linearWeightGrad(
  x: Float32Array,
  dy: Float32Array,
  dw: Float32Array,
  n: number,
  inDim: number,
  outDim: number,
): void {
  const k4 = tiled(inDim);
  const m4 = tiled(outDim);
  for (let i = 0; i < k4; i += TILE) {
    // prettier-ignore
    for (let j = 0; j < m4; j += TILE) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let p = 0, xo = i, yo = j; p < n; p++, xo += inDim, yo += outDim) {
        const a0 = x[xo]!, a1 = x[xo + 1]!, a2 = x[xo + 2]!, a3 = x[xo + 3]!;
        const c0 = dy[yo]!, c1 = dy[yo + 1]!, c2 = dy[yo + 2]!, c3 = dy[yo + 3]!;
        s00 += a0 * c0; s01 += a0 * c1; s02 += a0 * c2; s03 += a0 * c3;
        s10 += a1 * c0; s11 += a1 * c1; s12 += a1 * c2; s13 += a1 * c3;
        s20 += a2 * c0; s21 += a2 * c1; s22 += a2 * c2; s23 += a2 * c3;
        s30 += a3 * c0; s31 += a3 * c1; s32 += a3 * c2; s33 += a3 * c3;
      }
      const o0 = i * outDim + j, o1 = o0 + outDim, o2 = o1 + outDim, o3 = o2 + outDim;
      dw[o0] = s00; dw[o0 + 1] = s01; dw[o0 + 2] = s02; dw[o0 + 3] = s03;
      dw[o1] = s10; dw[o1 + 1] = s11; dw[o1 + 2] = s12; dw[o1 + 3] = s13;
      dw[o2] = s20; dw[o2 + 1] = s21; dw[o2 + 2] = s22; dw[o2 + 3] = s23;
      dw[o3] = s30; dw[o3 + 1] = s31; dw[o3 + 2] = s32; dw[o3 + 3] = s33;
    }
  }
  for (let i = 0; i < inDim; i++) {
    for (let j = i < k4 ? m4 : 0; j < outDim; j++) {
      let s = 0;
      for (let p = 0, xo = i, yo = j; p < n; p++, xo += inDim, yo += outDim) s += x[xo]! * dy[yo]!;
      dw[i * outDim + j] = s;
    }
  }
}

/** Bias gradient db = Σ_rows dy (overwrites): dy is n×outDim, db outDim. */
export function columnSums(dy: Float32Array, db: Float32Array, n: number, outDim: number): void {
  db.fill(0, 0, outDim);
  for (let i = 0; i < n; i++) {
    const o = i * outDim;
    for (let j = 0; j < outDim; j++) db[j] = db[j]! + dy[o + j]!;
  }
}
