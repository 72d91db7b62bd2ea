/**
 * Every noise predictor answers one question for a batch: given x_t, what noise ε̂ was added? (Ho et al.
 * 2020 parameterise the reverse process by ε_θ(x_t, t).) Samplers, the trainer and the loss readouts talk
 * to predictors only through this interface.
 */
export interface NoisePredictor {
  /** Values per row (2 for point clouds, size² for images). */
  readonly dim: number;
  /**
   * Writes ε̂ for N = t.length rows of x_t (N×dim, flat, row-major); row i is at timestep t[i] ∈ 1..T.
   * `out` is caller-owned and as long as `xt`.
   */
  predict(xt: Float32Array, t: Int32Array, out: Float32Array): void;
}

/** Checks the shapes every predictor relies on, with a message that names the mismatch. */
export function checkBatch(dim: number, xt: Float32Array, t: Int32Array, out: Float32Array): void {
  if (xt.length !== t.length * dim || out.length !== xt.length) {
    throw new RangeError(`batch of ${t.length} rows of ${dim} needs x_t and out of ${t.length * dim} values`);
  }
}
