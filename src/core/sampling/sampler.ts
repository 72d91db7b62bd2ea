import type { FloatArray } from "../arrays";
import { isUndefined, type Undefined, undefinedBecause } from "../maybe";
import { posteriorCoefficients } from "../posterior";
import type { NoisePredictor } from "../predictors/predictor";
import { predictX0, reverseCoefficients, reverseStep, type ReverseVariance } from "../reverse";
import { fillNormal, type Rng } from "../rng";
import type { Schedule } from "../schedule";
import { timestep, type Timestep } from "../timestep";
import { respace, type Respaced } from "./respace";

/** Whether every value is finite (no NaN, no ±Infinity). */
function allFinite(values: Float32Array): boolean {
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k] as number)) return false;
  return true;
}

/** How to walk back from noise to data. */
export interface SamplerSettings {
  /** DDPM: ancestral sampling (Ho et al. 2020, Alg. 2). DDIM: Song et al. 2021, eq. 12. */
  readonly method: "ddpm" | "ddim";
  /** DDPM's σ_t²: β_t or β̃_t. */
  readonly variance: ReverseVariance;
  /** DDIM's η ∈ [0, 1]: 0 is deterministic, 1 has DDPM's σ_t² = β̃_t. */
  readonly eta: number;
  /** Reverse steps to take; fewer than the start timestep strides over the chain. */
  readonly steps: number;
  /** Clip x̂_0 to [−clip, clip] before each update (useful for images); null leaves it alone. */
  readonly clipX0: number | null;
}

/** Ancestral DDPM with σ² = β over the full chain, no clipping: the textbook sampler. */
export const DEFAULT_SAMPLER: SamplerSettings = {
  method: "ddpm",
  variance: "beta",
  eta: 0,
  steps: 1000,
  clipX0: null,
};

/** What one reverse step did. */
export interface StepReport {
  /** The timestep the step started from. */
  readonly t: number;
  /** The timestep it arrived at (0 = clean data). */
  readonly tPrev: number;
  /** Set when the step could not be taken (β = 1 erased the signal); x is left as it was. */
  readonly undefinedBecause?: string;
  /** Whether `x0Hat` holds a prediction for this step (it does not while ᾱ_t = 0). */
  readonly x0HatDefined: boolean;
}

/**
 * Walks N points (rows of `dim`) from timestep tStart down to 0 one call of `step()` at a time, so a worker
 * can report progress and stop between steps. `x` holds the current points, `x0Hat` the latest x̂_0.
 */
export class ReverseSampler {
  readonly x: Float32Array;
  readonly x0Hat: Float32Array;
  private readonly epsHat: Float32Array;
  private readonly noise: Float32Array;
  /** x before the current step, to undo a step whose result is not finite. */
  private readonly previous: Float32Array;
  private readonly tBatch: Int32Array;
  private readonly plan: Respaced;
  /** How many jumps remain; the next one starts at plan.timesteps[remaining − 1]. */
  private remaining: number;

  constructor(
    schedule: Schedule,
    private readonly predictor: NoisePredictor,
    private readonly settings: SamplerSettings,
    xStart: FloatArray,
    tStart: number,
    private readonly rng: Rng,
  ) {
    if (xStart.length % predictor.dim !== 0) throw new RangeError("x_start is not a whole number of rows");
    if (!(settings.eta >= 0 && settings.eta <= 1))
      throw new RangeError(`η must lie in [0, 1], got ${settings.eta}`);
    timestep(tStart, schedule.T);
    this.plan = respace(schedule, tStart, Math.min(settings.steps, tStart));
    this.remaining = this.plan.timesteps.length;
    this.x = Float32Array.from(xStart);
    this.x0Hat = new Float32Array(xStart.length);
    this.epsHat = new Float32Array(xStart.length);
    this.noise = new Float32Array(xStart.length);
    this.previous = new Float32Array(xStart.length);
    this.tBatch = new Int32Array(xStart.length / predictor.dim);
  }

  /** The timestep the points are at now (0 once done). */
  get t(): number {
    return this.remaining > 0 ? (this.plan.timesteps[this.remaining - 1] as number) : 0;
  }

  get done(): boolean {
    return this.remaining === 0;
  }

  /** The number of reverse steps this sampler takes in all. */
  get totalSteps(): number {
    return this.plan.timesteps.length;
  }

  /** Takes one reverse step (from τ_i to τ_{i−1}) and says what happened. */
  step(): StepReport {
    if (this.done) throw new Error("the sampler has already reached t = 0");
    const i = this.remaining;
    const jump = timestep(i, this.plan.schedule.T);
    const t = this.t;
    const tPrev = i > 1 ? (this.plan.timesteps[i - 2] as number) : 0;
    this.tBatch.fill(t);
    this.predictor.predict(this.x, this.tBatch, this.epsHat);
    const x0Hat = predictX0(this.plan.schedule, jump, this.x, this.epsHat, this.x0Hat);
    const x0HatDefined = !isUndefined(x0Hat) && allFinite(this.x0Hat);
    if (x0HatDefined && this.settings.clipX0 !== null) this.clipPrediction(jump);
    this.previous.set(this.x);
    let failure =
      this.settings.method === "ddim" ? this.ddimUpdate(jump, x0HatDefined) : this.ddpmUpdate(jump);
    if (!failure && !allFinite(this.x)) {
      // E.g. ε̂ = (x_t − √ᾱ·x̂_0)/√(1 − ᾱ) beyond float32 when 1 − ᾱ is tiny: undo rather than pass on ±∞.
      this.x.set(this.previous);
      failure = undefinedBecause(`the step from t = ${t} left float32's range (1 − ᾱ_${t} is too small)`);
    }
    this.remaining -= 1;
    return failure
      ? { t, tPrev, undefinedBecause: failure.undefinedBecause, x0HatDefined }
      : { t, tPrev, x0HatDefined };
  }

  /** Runs every remaining step. */
  run(): void {
    while (!this.done) this.step();
  }

  /** Clips x̂_0 and re-derives ε̂ from it, so both updates below see the clipped prediction. */
  private clipPrediction(jump: Timestep): void {
    const c = this.settings.clipX0 as number;
    const { schedule } = this.plan;
    const signal = schedule.sqrtAlphaBars[jump - 1] as number;
    const noiseStd = schedule.sqrtOneMinusAlphaBars[jump - 1] as number;
    for (let k = 0; k < this.x.length; k++) {
      const clipped = Math.min(c, Math.max(-c, this.x0Hat[k] as number));
      this.x0Hat[k] = clipped;
      if (noiseStd > 0) this.epsHat[k] = ((this.x[k] as number) - signal * clipped) / noiseStd;
    }
  }

  /** x_{t−1} = μ_θ + σ_t·z with the ε-form mean (the textbook reverse step) on the respaced schedule. */
  private ddpmUpdate(jump: Timestep): Undefined | null {
    const c = reverseCoefficients(this.plan.schedule, jump, this.settings.variance);
    if (isUndefined(c)) return c;
    const z = c.sigma > 0 ? fillNormal(this.rng, this.noise) : null;
    reverseStep(c, this.x, this.epsHat, z, this.x);
    return null;
  }

  /** x_{t−1} = √ᾱ_{t−1}·x̂_0 + √(1 − ᾱ_{t−1} − σ²)·ε̂ + σ·z, σ² = η²·β̃ (Song et al. 2021, eq. 12). */
  private ddimUpdate(jump: Timestep, x0HatDefined: boolean): Undefined | null {
    if (!x0HatDefined) return undefinedBecause(`ᾱ_${this.t} = 0: DDIM needs x̂_0, which does not exist here`);
    const { schedule } = this.plan;
    const i = jump - 1;
    const alphaBarPrev = i > 0 ? (schedule.alphaBars[i - 1] as number) : 1;
    const sigma2 = this.settings.eta ** 2 * posteriorCoefficients(schedule, jump).variance;
    const dirScale = Math.sqrt(Math.max(0, 1 - alphaBarPrev - sigma2));
    const sigma = Math.sqrt(sigma2);
    const z = sigma > 0 ? fillNormal(this.rng, this.noise) : null;
    const signal = Math.sqrt(alphaBarPrev);
    for (let k = 0; k < this.x.length; k++) {
      const mean = signal * (this.x0Hat[k] as number) + dirScale * (this.epsHat[k] as number);
      this.x[k] = z ? mean + sigma * (z[k] as number) : mean;
    }
    return null;
  }
}
