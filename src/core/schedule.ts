/**
 * Variance schedules β_1..β_T and every quantity derived from them (Ho et al. 2020, "Denoising Diffusion
 * Probabilistic Models"; cosine: Nichol & Dhariwal 2021, "Improved DDPM"). Arrays are 0-based: β_t is
 * `betas[t - 1]`. β = 0 and β = 1 are allowed: every array stays finite or ±Infinity, never NaN.
 */

/** The largest T the product accepts; far beyond any schedule worth plotting. */
export const MAX_T = 100_000;
/** Nichol & Dhariwal cap cosine betas so the last step does not divide by ᾱ = 0. */
export const COSINE_MAX_BETA = 0.999;
/** The default cosine offset s (Nichol & Dhariwal 2021, eq. 17). */
export const COSINE_DEFAULT_S = 0.008;
/** The sigmoid schedule squashes linspace(-SIGMOID_RANGE, SIGMOID_RANGE, T). */
const SIGMOID_RANGE = 6;

/** Every schedule family, in the order the UI lists them. */
export const SCHEDULE_FAMILIES = [
  "linear",
  "scaled_linear",
  "cosine",
  "sigmoid",
  "constant",
  "custom",
] as const;
export type ScheduleFamily = (typeof SCHEDULE_FAMILIES)[number];

/** What a user chooses; `makeSchedule` turns it into arrays. */
export type ScheduleSpec =
  | { family: "linear" | "scaled_linear" | "sigmoid"; T: number; betaStart: number; betaEnd: number }
  | { family: "cosine"; T: number; s: number }
  | { family: "constant"; T: number; beta: number }
  | { family: "custom"; betas: readonly number[] };

/** A schedule and its derived quantities, each of length T, index t − 1 for timestep t. */
export interface Schedule {
  readonly T: number;
  /** β_t: the variance of the noise added at step t. */
  readonly betas: Float64Array;
  /** α_t = 1 − β_t. */
  readonly alphas: Float64Array;
  /** ᾱ_t = α_1·…·α_t: how much of the original signal's variance is left at t. */
  readonly alphaBars: Float64Array;
  /** 1 − ᾱ_t, computed without cancellation for tiny betas. */
  readonly oneMinusAlphaBars: Float64Array;
  /** √ᾱ_t: the scale of x_0 in x_t. */
  readonly sqrtAlphaBars: Float64Array;
  /** √(1 − ᾱ_t): the scale of the noise in x_t. */
  readonly sqrtOneMinusAlphaBars: Float64Array;
  /** SNR_t = ᾱ_t / (1 − ᾱ_t); +Infinity while no noise has been added. */
  readonly snr: Float64Array;
  /** log SNR_t; ±Infinity at the extremes. */
  readonly logSnr: Float64Array;
  /** β̃_t = (1 − ᾱ_{t−1}) / (1 − ᾱ_t) · β_t, the posterior variance; 0 (its limit) while ᾱ_t = 1. */
  readonly posteriorVariances: Float64Array;
}

/** numpy.linspace(start, stop, n): n evenly spaced values, both ends included (just `start` for n = 1). */
export function linspace(start: number, stop: number, n: number): Float64Array {
  const out = new Float64Array(n);
  const step = n > 1 ? (stop - start) / (n - 1) : 0;
  for (let i = 0; i < n; i++) out[i] = start + i * step;
  if (n > 1) out[n - 1] = stop;
  return out;
}

/** Why a spec cannot be built, in words for the user, or null when it is fine. */
export function scheduleProblem(spec: ScheduleSpec): string | null {
  const T = spec.family === "custom" ? spec.betas.length : spec.T;
  if (!Number.isInteger(T) || T < 1 || T > MAX_T)
    return `T must be a whole number from 1 to ${MAX_T}, got ${T}`;
  const isProbability = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  switch (spec.family) {
    case "linear":
    case "scaled_linear":
    case "sigmoid":
      if (!isProbability(spec.betaStart)) return `β_start must lie in [0, 1], got ${spec.betaStart}`;
      if (!isProbability(spec.betaEnd)) return `β_end must lie in [0, 1], got ${spec.betaEnd}`;
      return null;
    case "cosine":
      return Number.isFinite(spec.s) && spec.s >= 0 && spec.s <= 1
        ? null
        : `the cosine offset s must lie in [0, 1], got ${spec.s}`;
    case "constant":
      return isProbability(spec.beta) ? null : `β must lie in [0, 1], got ${spec.beta}`;
    case "custom": {
      const bad = spec.betas.findIndex((b) => !isProbability(b));
      return bad < 0 ? null : `β_${bad + 1} must lie in [0, 1], got ${spec.betas[bad]}`;
    }
  }
}

/** β_1..β_T for a spec that `scheduleProblem` accepts. */
function betasOf(spec: ScheduleSpec): Float64Array {
  switch (spec.family) {
    case "linear":
      return linspace(spec.betaStart, spec.betaEnd, spec.T);
    case "scaled_linear":
      // Stable Diffusion's schedule: linear in √β.
      return linspace(Math.sqrt(spec.betaStart), Math.sqrt(spec.betaEnd), spec.T).map((r) => r * r);
    case "sigmoid": {
      const span = spec.betaEnd - spec.betaStart;
      return linspace(-SIGMOID_RANGE, SIGMOID_RANGE, spec.T).map(
        (z) => spec.betaStart + span / (1 + Math.exp(-z)),
      );
    }
    case "cosine":
      return cosineBetas(spec.T, spec.s);
    case "constant":
      return new Float64Array(spec.T).fill(spec.beta);
    case "custom":
      return Float64Array.from(spec.betas);
  }
}

/** β_t = min(1 − ᾱ(t)/ᾱ(t−1), 0.999) with ᾱ(t) = cos²(((t/T + s)/(1 + s))·π/2) (Nichol & Dhariwal eq. 17). */
function cosineBetas(T: number, s: number): Float64Array {
  const f = (t: number) => Math.cos(((t / T + s) / (1 + s)) * (Math.PI / 2)) ** 2;
  const betas = new Float64Array(T);
  for (let t = 1; t <= T; t++) betas[t - 1] = Math.min(1 - f(t) / f(t - 1), COSINE_MAX_BETA);
  return betas;
}

/**
 * Builds a schedule and all its derived arrays. Throws a RangeError naming the field for an invalid spec
 * (check `scheduleProblem` first where the spec comes from a user).
 */
export function makeSchedule(spec: ScheduleSpec): Schedule {
  const problem = scheduleProblem(spec);
  if (problem) throw new RangeError(problem);
  const betas = betasOf(spec);
  const T = betas.length;
  const alphas = betas.map((b) => 1 - b);
  const alphaBars = new Float64Array(T);
  const oneMinusAlphaBars = new Float64Array(T);
  const posteriorVariances = new Float64Array(T);
  // Accumulate log ᾱ so that 1 − ᾱ = −expm1(log ᾱ) keeps its digits for tiny betas; β = 1 gives −Infinity.
  let logAlphaBar = 0;
  let oneMinusPrev = 0; // 1 − ᾱ_0, with ᾱ_0 = 1
  for (let i = 0; i < T; i++) {
    logAlphaBar += Math.log1p(-(betas[i] as number));
    alphaBars[i] = Math.exp(logAlphaBar);
    const oneMinus = -Math.expm1(logAlphaBar);
    oneMinusAlphaBars[i] = oneMinus;
    posteriorVariances[i] = oneMinus > 0 ? (oneMinusPrev / oneMinus) * (betas[i] as number) : 0;
    oneMinusPrev = oneMinus;
  }
  const snr = alphaBars.map((a, i) => {
    const noise = oneMinusAlphaBars[i] as number;
    return noise > 0 ? a / noise : Infinity;
  });
  return {
    T,
    betas,
    alphas,
    alphaBars,
    oneMinusAlphaBars,
    sqrtAlphaBars: alphaBars.map(Math.sqrt),
    sqrtOneMinusAlphaBars: oneMinusAlphaBars.map(Math.sqrt),
    snr,
    logSnr: snr.map(Math.log),
    posteriorVariances,
  };
}
