import { makeRng, type Rng } from "../rng";
import type { Schedule } from "../schedule";

/**
 * The training batches of Ho et al. 2020, Algorithm 1: rows x_0 drawn from the data, t ~ U{1..T},
 * ε ~ N(0, I), and x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε (the closed form, inlined: `draw` must not allocate).
 * Rows, timesteps and noise come from their own seeded streams, so every model trained on the same
 * (data, seed) sees the same batches.
 */
export class NoisyBatches {
  readonly xt: Float32Array;
  readonly eps: Float32Array;
  /** The timestep of each row, 1..T. */
  readonly t: Int32Array;
  private readonly rowRng: Rng;
  private readonly timeRng: Rng;
  private readonly noiseRng: Rng;

  constructor(
    private readonly schedule: Schedule,
    private readonly data: Float32Array,
    private readonly dim: number,
    batchSize: number,
    seed: number,
  ) {
    if (data.length % dim !== 0 || data.length === 0)
      throw new RangeError(`training data must be rows of ${dim}`);
    this.rowRng = makeRng(seed, "train-batch");
    this.timeRng = makeRng(seed, "train-timestep");
    this.noiseRng = makeRng(seed, "train-noise");
    this.xt = new Float32Array(batchSize * dim);
    this.eps = new Float32Array(batchSize * dim);
    this.t = new Int32Array(batchSize);
  }

  /** Fills xt, eps and t with the next batch. */
  draw(): void {
    const { schedule, data, dim, xt, eps, t } = this;
    const rows = data.length / dim;
    for (let i = 0; i < t.length; i++) {
      const row = this.rowRng.int(rows) * dim;
      const ti = this.timeRng.int(schedule.T);
      t[i] = ti + 1;
      const signal = schedule.sqrtAlphaBars[ti] as number;
      const noise = schedule.sqrtOneMinusAlphaBars[ti] as number;
      for (let k = 0; k < dim; k++) {
        const e = this.noiseRng.normal();
        eps[i * dim + k] = e;
        xt[i * dim + k] = signal * (data[row + k] as number) + noise * e;
      }
    }
  }
}
