import { checkBatch, type NoisePredictor } from "./predictor";

/**
 * The linear noise predictor of the training-step problem: ε̂ = concat([x_t, t/T])·W, with W of shape
 * (dim + 1)×dim, row-major. Here t is the product's 1-based timestep; the problem itself (in seeds.ts) feeds
 * its 0-based t. Trained by plain SGD on the MSE with the hand-derived gradient (2/(N·d))·inputᵀ·(pred − ε).
 */
export class LinearPredictor implements NoisePredictor {
  /** W, (dim + 1)×dim row-major: the last row multiplies t/T. */
  readonly weights: Float64Array;

  constructor(
    readonly dim: number,
    private readonly T: number,
    weights?: ArrayLike<number>,
  ) {
    this.weights = new Float64Array((dim + 1) * dim);
    if (weights) {
      if (weights.length !== this.weights.length) {
        throw new RangeError(
          `W must hold (dim + 1)·dim = ${this.weights.length} values, got ${weights.length}`,
        );
      }
      this.weights.set(weights);
    }
  }

  predict(xt: Float32Array, t: Int32Array, out: Float32Array): void {
    checkBatch(this.dim, xt, t, out);
    const { dim, weights, T } = this;
    for (let i = 0; i < t.length; i++) {
      const tt = (t[i] as number) / T;
      for (let j = 0; j < dim; j++) {
        let sum = tt * (weights[dim * dim + j] as number);
        for (let k = 0; k < dim; k++) sum += (xt[i * dim + k] as number) * (weights[k * dim + j] as number);
        out[i * dim + j] = sum;
      }
    }
  }

  /**
   * The MSE loss mean((ε̂ − ε)²) over the batch and its gradient ∂L/∂W = inputᵀ·(2/(N·dim))·(ε̂ − ε), with
   * input = concat([x_t, t/T]); fills the caller-owned `pred` (like x_t) and `grad` (like W).
   */
  lossAndGrad(
    xt: Float32Array,
    t: Int32Array,
    eps: Float32Array,
    pred: Float32Array,
    grad: Float64Array,
  ): number {
    this.predict(xt, t, pred);
    const { dim, T } = this;
    const n = t.length;
    const scale = 2 / (n * dim);
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const tt = (t[i] as number) / T;
      for (let j = 0; j < dim; j++) {
        const diff = (pred[i * dim + j] as number) - (eps[i * dim + j] as number);
        loss += diff * diff;
        const g = scale * diff;
        for (let k = 0; k < dim; k++)
          grad[k * dim + j] = (grad[k * dim + j] as number) + (xt[i * dim + k] as number) * g;
        grad[dim * dim + j] = (grad[dim * dim + j] as number) + tt * g;
      }
    }
    return loss / (n * dim);
  }

  /** W ← W − lr·grad (plain SGD). */
  applyGradient(grad: Float64Array, lr: number): void {
    for (let k = 0; k < this.weights.length; k++)
      this.weights[k] = (this.weights[k] as number) - lr * (grad[k] as number);
  }
}
