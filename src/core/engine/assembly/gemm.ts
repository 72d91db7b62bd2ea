/**
 * The three matrix products of a linear layer y = x·W + b (W stored in×out row-major, as in the
 * TypeScript Mlp), as one register-blocked f32x4 kernel: each 4-row × 8-column tile of the result lives
 * in eight vector accumulators while the shared dimension streams past, so every loaded value feeds
 * several multiply-adds. Every size handed in is padded by the caller (rows to 4, columns to 8, see
 * ../layout.ts), so there are no edge cases here; padding holds zeros and contributes nothing.
 *
 * The left operand is addressed through strides, A(r, k) at a + r·aRow + k·aStep bytes, so the same
 * kernel reads x row by row (forward, input gradient) or transposed (weight gradient xᵀ·dz). The right
 * operand B is depth×cols and the result C rows×cols, both row-major.
 */
import { activate4 } from "./activations";

/** The tile is 4 rows by 2 vectors (8 columns): 8 accumulators, 2 B vectors and 1 splat fit the 16 registers. */
const TILE_ROWS = 4;
const TILE_COLS = 8;

/** What is done with a finished tile beyond storing it. */
const PLAIN = 0;
/** z = tile + bias, h = act(z) (+ the layer input when residual); h replaces the tile, act′(z) goes to deriv. */
const ACTIVATE = 1;
/** The tile is ∂loss/∂h of the layer below; ∂loss/∂h ⊙ act′(z) of that layer goes to nextGrad. */
const GATE = 2;

// The epilogue's operands, as module globals (the kernel runs single-threaded and no call nests another).
// Which are read depends on the mode.
let epilogueMode: i32 = PLAIN;
/** Add the product to what C holds instead of overwriting it. */
let accumulate: bool = false;
let bias: usize = 0;
let activation: i32 = 0;
/** Add A(r, c) to h: a residual block (needs A square, read row by row). */
let residual: bool = false;
/** Where act′(z) is written (ACTIVATE) or read (GATE), laid out like C; 0 = not needed. */
let deriv: usize = 0;
let nextGrad: usize = 0;

function gemm(
  a: usize,
  aRow: usize,
  aStep: usize,
  b: usize,
  c: usize,
  rows: i32,
  depth: i32,
  cols: i32,
): void {
  const bRow = (<usize>cols) << 2;
  for (let r = 0; r < rows; r += TILE_ROWS) {
    const a0 = a + <usize>r * aRow;
    const a1 = a0 + aRow;
    const a2 = a1 + aRow;
    const a3 = a2 + aRow;
    for (let col = 0; col < cols; col += TILE_COLS) {
      let c00 = f32x4.splat(0);
      let c01 = f32x4.splat(0);
      let c10 = f32x4.splat(0);
      let c11 = f32x4.splat(0);
      let c20 = f32x4.splat(0);
      let c21 = f32x4.splat(0);
      let c30 = f32x4.splat(0);
      let c31 = f32x4.splat(0);
      let bp = b + ((<usize>col) << 2);
      let offset: usize = 0;
      for (let k = 0; k < depth; k++) {
        const b0 = v128.load(bp);
        const b1 = v128.load(bp, 16);
        let s = v128.load32_splat(a0 + offset);
        c00 = f32x4.add(c00, f32x4.mul(s, b0));
        c01 = f32x4.add(c01, f32x4.mul(s, b1));
        s = v128.load32_splat(a1 + offset);
        c10 = f32x4.add(c10, f32x4.mul(s, b0));
        c11 = f32x4.add(c11, f32x4.mul(s, b1));
        s = v128.load32_splat(a2 + offset);
        c20 = f32x4.add(c20, f32x4.mul(s, b0));
        c21 = f32x4.add(c21, f32x4.mul(s, b1));
        s = v128.load32_splat(a3 + offset);
        c30 = f32x4.add(c30, f32x4.mul(s, b0));
        c31 = f32x4.add(c31, f32x4.mul(s, b1));
        offset += aStep;
        bp += bRow;
      }
      const out = c + ((<usize>(r * cols + col)) << 2);
      storeRow(out, c00, c01);
      storeRow(out + bRow, c10, c11);
      storeRow(out + 2 * bRow, c20, c21);
      storeRow(out + 3 * bRow, c30, c31);
      if (epilogueMode != PLAIN) finishTile(a, aRow, c, r, col, cols);
    }
  }
}

/** Stores one tile row of 8 values, adding what is there when accumulating. */
function storeRow(out: usize, low: v128, high: v128): void {
  if (accumulate) {
    low = f32x4.add(low, v128.load(out));
    high = f32x4.add(high, v128.load(out, 16));
  }
  v128.store(out, low);
  v128.store(out, high, 16);
}

/** Applies the epilogue to the stored tile at rows r…r+3, columns col…col+7 of C. */
function finishTile(a: usize, aRow: usize, c: usize, r: i32, col: i32, cols: i32): void {
  const rowBytes = (<usize>cols) << 2;
  const tileStart = (<usize>(r * cols + col)) << 2;
  for (let i = 0; i < TILE_ROWS; i++) {
    for (let v = 0; v < TILE_COLS; v += 4) {
      // The byte offset of this vector within C, and within deriv and nextGrad, which are laid out like C.
      const offset = tileStart + <usize>i * rowBytes + ((<usize>v) << 2);
      const value = v128.load(c + offset);
      if (epilogueMode == ACTIVATE) {
        const z = f32x4.add(value, v128.load(bias + ((<usize>(col + v)) << 2)));
        let h = activate4(z, activation, deriv == 0 ? 0 : deriv + offset);
        if (residual) h = f32x4.add(h, v128.load(a + <usize>(r + i) * aRow + ((<usize>(col + v)) << 2)));
        v128.store(c + offset, h);
      } else {
        v128.store(nextGrad + offset, f32x4.mul(value, v128.load(deriv + offset)));
      }
    }
  }
}

/**
 * Forward through one layer: h = act(x·W + b) (+ x when residual), for x rows×inDim and W inDim×outDim;
 * act′ goes to deriv (rows×outDim) unless deriv is 0 (sampling needs no backward pass).
 */
export function linearForward(
  x: usize,
  w: usize,
  biasAt: usize,
  h: usize,
  derivAt: usize,
  rows: i32,
  inDim: i32,
  outDim: i32,
  activationCode: i32,
  addInput: bool,
): void {
  epilogueMode = ACTIVATE;
  accumulate = false;
  bias = biasAt;
  activation = activationCode;
  residual = addInput;
  deriv = derivAt;
  gemm(x, (<usize>inDim) << 2, 4, w, h, rows, inDim, outDim);
}

/** Weight gradient dW = xᵀ·dz (overwrites): x rows×inDim, dz rows×outDim, dW inDim×outDim. */
export function linearWeightGrad(x: usize, dz: usize, dw: usize, rows: i32, inDim: i32, outDim: i32): void {
  epilogueMode = PLAIN;
  accumulate = false;
  gemm(x, 4, (<usize>inDim) << 2, dz, dw, inDim, rows, outDim);
}

/**
 * Input gradient dh = dz·Wᵀ (or dh += dz·Wᵀ when accumulate: a residual block's skip path already put its
 * share there), from the transposed weights wT (outDim×inDim); then nextGrad = dh ⊙ deriv, the gradient at
 * the pre-activation of the layer below. nextGrad must not alias dz, which is still being read.
 */
export function linearInputGrad(
  dz: usize,
  wT: usize,
  dh: usize,
  derivAt: usize,
  nextGradAt: usize,
  rows: i32,
  inDim: i32,
  outDim: i32,
  addToDh: bool,
): void {
  epilogueMode = GATE;
  accumulate = addToDh;
  deriv = derivAt;
  nextGrad = nextGradAt;
  gemm(dz, (<usize>outDim) << 2, 4, wT, dh, rows, outDim, inDim);
}
