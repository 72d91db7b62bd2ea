/**
 * The pieces of a training step around the matrix products: the loss and its gradient at the output, the
 * bias gradients, the transposed weights the input-gradient product reads, and the optimizer updates
 * (Adam with decoupled weight decay, SGD, the EMA of the weights) over the flat padded parameter buffer.
 * The arithmetic follows src/core/nn/optim.ts and src/core/training/trainer.ts line by line.
 */

/**
 * The noise-prediction loss: writes ∂/∂ε̂ of mean((ε̂ − target)²) = 2(ε̂ − target)/(n·d) into gradOut
 * (paddedRows×outStride, zero in the padding) and returns the sum of squares (the caller divides by n·d).
 * `output` is paddedRows×outStride, `target` n×d unpadded.
 */
export function lossGradient(
  output: usize,
  target: usize,
  gradOut: usize,
  n: i32,
  paddedRows: i32,
  d: i32,
  outStride: i32,
): f64 {
  const scale: f64 = 2.0 / <f64>(n * d);
  let sum: f64 = 0;
  memory.fill(gradOut, 0, (<usize>(paddedRows * outStride)) << 2);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) {
      const at = (<usize>(i * outStride + k)) << 2;
      const diff = <f64>load<f32>(output + at) - <f64>load<f32>(target + ((<usize>(i * d + k)) << 2));
      sum += diff * diff;
      store<f32>(gradOut + at, <f32>(scale * diff));
    }
  }
  return sum;
}

/** Bias gradient db = Σ over the rows of dz (rows×cols, cols a multiple of 4). */
export function columnSums(dz: usize, db: usize, rows: i32, cols: i32): void {
  const rowBytes = (<usize>cols) << 2;
  for (let j: usize = 0; j < rowBytes; j += 16) {
    let sum = f32x4.splat(0);
    for (let i = 0; i < rows; i++) sum = f32x4.add(sum, v128.load(dz + <usize>i * rowBytes + j));
    v128.store(db + j, sum);
  }
}

/** wT (cols×rows) = the transpose of w (rows×cols), so the input gradient reads Wᵀ row by row. */
export function transpose(w: usize, wT: usize, rows: i32, cols: i32): void {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      store<f32>(wT + ((<usize>(j * rows + i)) << 2), load<f32>(w + ((<usize>(i * cols + j)) << 2)));
    }
  }
}

/** Σ g² over `length` floats (a multiple of 4), in float64 pairs as clipGradNorm sums in double precision. */
export function sumOfSquares(g: usize, length: i32): f64 {
  let low = f64x2.splat(0);
  let high = f64x2.splat(0);
  for (let at: usize = 0; at < (<usize>length) << 2; at += 16) {
    const v = v128.load(g + at);
    const a = f64x2.promote_low_f32x4(v);
    const b = f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 0, 1));
    low = f64x2.add(low, f64x2.mul(a, a));
    high = f64x2.add(high, f64x2.mul(b, b));
  }
  const sum = f64x2.add(low, high);
  return f64x2.extract_lane(sum, 0) + f64x2.extract_lane(sum, 1);
}

/**
 * One Adam step over `length` floats (Adam in optim.ts, PyTorch's order, without the weight decay the
 * Trainer never sets): g ← gradScale·g (clipping); m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g²;
 * θ ← θ − stepSize·m/(√v/rootCorrection2 + ε).
 * The caller works out the per-step scalars, as Adam.step does.
 */
export function adamUpdate(
  params: usize,
  grads: usize,
  m: usize,
  v: usize,
  length: i32,
  gradScale: f32,
  beta1: f32,
  beta2: f32,
  stepSize: f32,
  rootCorrection2: f32,
  eps: f32,
): void {
  const scale = f32x4.splat(gradScale);
  const b1 = f32x4.splat(beta1);
  const b2 = f32x4.splat(beta2);
  const b1c = f32x4.splat(1 - beta1);
  const b2c = f32x4.splat(1 - beta2);
  const step = f32x4.splat(stepSize);
  const correction = f32x4.splat(rootCorrection2);
  const epsilon = f32x4.splat(eps);
  for (let at: usize = 0; at < (<usize>length) << 2; at += 16) {
    const g = f32x4.mul(v128.load(grads + at), scale);
    const mi = f32x4.add(f32x4.mul(b1, v128.load(m + at)), f32x4.mul(b1c, g));
    const vi = f32x4.add(f32x4.mul(b2, v128.load(v + at)), f32x4.mul(b2c, f32x4.mul(g, g)));
    v128.store(m + at, mi);
    v128.store(v + at, vi);
    const denominator = f32x4.add(f32x4.div(f32x4.sqrt(vi), correction), epsilon);
    const update = f32x4.div(f32x4.mul(step, mi), denominator);
    v128.store(params + at, f32x4.sub(v128.load(params + at), update));
  }
}

/** Plain gradient descent θ ← θ − lr·gradScale·g over `length` floats. */
export function sgdUpdate(params: usize, grads: usize, length: i32, lr: f32, gradScale: f32): void {
  const rate = f32x4.splat(lr * gradScale);
  for (let at: usize = 0; at < (<usize>length) << 2; at += 16) {
    v128.store(params + at, f32x4.sub(v128.load(params + at), f32x4.mul(rate, v128.load(grads + at))));
  }
}

/** The exponential moving average of the weights: ema ← decay·ema + (1 − decay)·θ. */
export function emaUpdate(ema: usize, params: usize, length: i32, decay: f32): void {
  const keep = f32x4.splat(decay);
  const take = f32x4.splat(1 - decay);
  for (let at: usize = 0; at < (<usize>length) << 2; at += 16) {
    const blended = f32x4.add(f32x4.mul(keep, v128.load(ema + at)), f32x4.mul(take, v128.load(params + at)));
    v128.store(ema + at, blended);
  }
}
