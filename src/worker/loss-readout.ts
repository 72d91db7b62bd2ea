/**
 * The Loss panel's live readouts: the losses of Ho et al. 2020 (eqs. 5–14) at one timestep, for the current
 * noise predictor on a fixed, seeded batch of the data set, and how long the mean loss and the ELBO-weighted
 * noise loss take over that batch (eq. 12 says they are equal; only the noise loss skips μ̃_t and μ_θ).
 */
import { makeDataset, type DatasetSpec } from "../core/data/datasets";
import { forwardSample } from "../core/forward";
import * as losses from "../core/losses";
import { isUndefined, type Maybe } from "../core/maybe";
import { posteriorMean } from "../core/posterior";
import { OraclePredictor } from "../core/predictors/oracle";
import { reverseCoefficients, reverseStep, reverseVariance, type ReverseVariance } from "../core/reverse";
import { fillNormal, makeRng, type Rng } from "../core/rng";
import { makeSchedule, type ScheduleSpec } from "../core/schedule";
import { timestep } from "../core/timestep";
import { decoderNll, priorKl, transitionKl } from "../core/vlb";
import { rememberLast } from "./last-call";
import { makePredictor, type PredictorSpec } from "./sample";

/** Points in the readout batch (all of them when the data set is smaller): the size of a training batch. */
export const LOSS_READOUT_BATCH = 256;
/**
 * Timing: one pass over the batch takes microseconds, below the clock's resolution (browsers coarsen it to
 * 0.1 ms), so calls are timed in blocks of at least TIMING_BLOCK_MS. The two losses take turns for
 * TIMING_ROUNDS rounds and each keeps its fastest block, so both see the same machine load. A block that
 * came out much shorter than planned means the calibration was fooled (the thread was descheduled while
 * it ran): the block is enlarged and the rounds repeated, up to TIMING_ATTEMPTS times.
 */
const TIMING_BLOCK_MS = 1;
const TIMING_ROUNDS = 4;
const TIMING_ATTEMPTS = 4;
/** Calls per block never exceed this, so a pathological clock cannot stall the worker. */
const MAX_CALLS_PER_BLOCK = 1 << 16;

/** What the readouts are computed for. */
export interface LossReadoutRequest {
  readonly dataset: DatasetSpec;
  readonly schedule: ScheduleSpec;
  readonly seed: number;
  readonly predictor: PredictorSpec;
  /** The timestep, 1..T. */
  readonly t: number;
  /** Which σ_t² the reverse process uses (the sampler's choice): β_t or β̃_t. */
  readonly variance: ReverseVariance;
  /** Time the two losses (the default); false skips the timing loops and leaves their micros null. */
  readonly timed?: boolean;
}

/** Every loss at t, averaged over the batch; `Maybe` values say in words why they do not exist. */
export interface LossReadout {
  readonly t: number;
  readonly batch: number;
  readonly dim: number;
  /** σ_t² of the reverse step. */
  readonly sigma2: number;
  /** mean((ε − ε̂)²) over every coordinate: what training minimises (L_simple). */
  readonly noiseMse: number;
  /** mean((x_0 − x̂_0)²) over every coordinate. */
  readonly reconstruction: Maybe<number>;
  /** ‖μ̃_t − μ_θ‖²/(2σ_t²) per point. */
  readonly meanLoss: Maybe<number>;
  /** β_t²/(2σ_t²·α_t·(1 − ᾱ_t)). */
  readonly elboWeight: Maybe<number>;
  /** elboWeight·‖ε − ε̂‖² per point: equal to meanLoss. */
  readonly weightedNoiseLoss: Maybe<number>;
  /** L_T = KL(q(x_T|x_0) ‖ N(0, I)); +∞ while ᾱ_T = 1. */
  readonly priorKl: number;
  /** L_{t−1}; null at t = 1, where the bound has L_0 instead. */
  readonly transitionKl: Maybe<number> | null;
  /** L_0 = −log p_θ(x_0|x_1) with a Gaussian decoder. */
  readonly decoderNll: Maybe<number>;
  /**
   * Microseconds per pass over the batch; null where the loss does not exist, could not be timed, or the
   * request skipped timing.
   */
  readonly meanLossMicros: number | null;
  readonly noiseLossMicros: number | null;
}

/** `count` distinct rows of the data, chosen by a partial Fisher–Yates shuffle. */
function pickRows(data: Float32Array, dim: number, count: number, rng: Rng): Float32Array {
  const order = Array.from({ length: data.length / dim }, (_, i) => i);
  const out = new Float32Array(count * dim);
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(order.length - i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
    const row = order[i] as number;
    out.set(data.subarray(row * dim, (row + 1) * dim), i * dim);
  }
  return out;
}

/** Milliseconds that `calls` calls of `run` take. */
function timeBlock(run: () => unknown, calls: number): number {
  const start = performance.now();
  for (let i = 0; i < calls; i++) run();
  return performance.now() - start;
}

/**
 * Calls per block to try next, from what `calls` calls measured: aimed past the target from the rate seen,
 * or ×16 when the block was too short for the clock to see at all.
 */
function enlarged(calls: number, ms: number): number {
  const aim = ms > 0 ? Math.ceil((calls * 1.5 * TIMING_BLOCK_MS) / ms) : 16 * calls;
  return Math.min(MAX_CALLS_PER_BLOCK, Math.max(2 * calls, aim));
}

/** How many calls of `run` make a block of TIMING_BLOCK_MS (the faster of two tries at each size). */
function callsPerBlock(run: () => unknown): number {
  let calls = 1;
  const measure = () => Math.min(timeBlock(run, calls), timeBlock(run, calls));
  for (let ms = measure(); ms < TIMING_BLOCK_MS && calls < MAX_CALLS_PER_BLOCK; ms = measure()) {
    calls = enlarged(calls, ms);
  }
  return calls;
}

/** Microseconds per call of each of `runs`, timed in turns; null for one the clock could not resolve. */
function microsPerCall(runs: readonly (() => unknown)[]): (number | null)[] {
  const calls = runs.map(callsPerBlock);
  const fastest = runs.map(() => Infinity);
  for (let attempt = 1; ; attempt++) {
    fastest.fill(Infinity);
    for (let round = 0; round < TIMING_ROUNDS; round++) {
      runs.forEach((run, i) => {
        fastest[i] = Math.min(fastest[i] as number, timeBlock(run, calls[i] as number));
      });
    }
    const fooled = fastest.map(
      (ms, i) => ms < TIMING_BLOCK_MS / 2 && (calls[i] as number) < MAX_CALLS_PER_BLOCK,
    );
    if (!fooled.includes(true) || attempt === TIMING_ATTEMPTS) {
      return fastest.map((ms, i) => (fooled[i] ? null : (ms * 1000) / (calls[i] as number)));
    }
    fooled.forEach((again, i) => {
      if (again) calls[i] = enlarged(calls[i] as number, fastest[i] as number);
    });
  }
}

/** What a readout sets up before it looks at t: rebuilt only when one of these changes (see last-call.ts). */
type ReadoutModelKey = Pick<LossReadoutRequest, "dataset" | "schedule" | "seed" | "predictor">;

/** The schedule, the seeded batch x_0 with its noise ε, and the predictor, for one readout model key. */
const readoutModel = rememberLast(({ dataset, schedule: spec, seed, predictor: kind }: ReadoutModelKey) => {
  const schedule = makeSchedule(spec);
  const { data, dim } = makeDataset(dataset, seed);
  const rng = makeRng(seed, "loss-readout");
  const x0 = pickRows(data, dim, Math.min(LOSS_READOUT_BATCH, data.length / dim), rng);
  const eps = fillNormal(rng, new Float64Array(x0.length));
  // The oracle must know the x_0 of each row of this batch; every other predictor sees the whole data set.
  const predictor =
    kind.kind === "oracle"
      ? new OraclePredictor(schedule, x0, dim)
      : makePredictor(kind, schedule, data, dim, false);
  const rows = x0.length / dim;
  /** x_t in float64 (so μ̃ − μ_θ is exactly the scaled ε − ε̂), and ε̂ at that timestep. */
  const noiseAt = (t: number) => {
    const xt = forwardSample(schedule, timestep(t, schedule.T), x0, eps, new Float64Array(x0.length));
    const predicted = new Float32Array(x0.length);
    predictor.predict(Float32Array.from(xt), new Int32Array(rows).fill(t), predicted);
    // Both timed losses then read float64 arrays only, so neither pays for mixed array types.
    return { xt, epsHat: Float64Array.from(predicted) };
  };
  // x_1 and its ε̂ are what the decoder term reads at every t.
  return { schedule, dim, x0, eps, rows, noiseAt, first: noiseAt(1) };
});

/**
 * Computes every readout at request.t (one short synchronous computation). Without `timed`, the two
 * losses are not timed (their micros are null): the timing loops cost tens of milliseconds, too much to
 * repeat on every frame while t plays.
 */
export function runLossReadout(request: LossReadoutRequest): LossReadout {
  const { dataset, schedule: spec, seed, predictor: kind } = request;
  const { schedule, dim, x0, eps, rows, noiseAt, first } = readoutModel({
    dataset,
    schedule: spec,
    seed,
    predictor: kind,
  });
  const step = timestep(request.t, schedule.T);
  const { xt, epsHat } = request.t === 1 ? first : noiseAt(request.t);
  const sigma2 = reverseVariance(schedule, step, request.variance);
  const coefficients = reverseCoefficients(schedule, step, request.variance);
  const muTilde = new Float64Array(x0.length);
  const muTheta = new Float64Array(x0.length);
  const meanLoss = (): Maybe<number> => {
    if (isUndefined(coefficients)) return coefficients;
    posteriorMean(schedule, step, x0, xt, muTilde);
    reverseStep(coefficients, xt, epsHat, null, muTheta);
    return losses.meanLoss(muTilde, muTheta, sigma2, dim);
  };
  const weightedNoiseLoss = () => losses.weightedNoiseLoss(schedule, step, eps, epsHat, sigma2, dim);
  const meanValue = meanLoss();
  const weightedValue = weightedNoiseLoss();
  const timed = request.timed !== false && !isUndefined(meanValue) && !isUndefined(weightedValue);
  const [meanLossMicros = null, noiseLossMicros = null] = timed
    ? microsPerCall([meanLoss, weightedNoiseLoss])
    : [];
  return {
    t: request.t,
    batch: rows,
    dim,
    sigma2,
    noiseMse: losses.noiseMse(eps, epsHat),
    reconstruction: losses.reconstructionLoss(schedule, step, x0, xt, epsHat),
    meanLoss: meanValue,
    elboWeight: losses.elboNoiseWeight(schedule, step, sigma2),
    weightedNoiseLoss: weightedValue,
    priorKl: priorKl(schedule, x0, dim),
    transitionKl: request.t >= 2 ? transitionKl(schedule, step, x0, xt, epsHat, request.variance, dim) : null,
    decoderNll: decoderNll(schedule, x0, first.xt, first.epsHat, "gaussian", dim),
    meanLossMicros,
    noiseLossMicros,
  };
}
