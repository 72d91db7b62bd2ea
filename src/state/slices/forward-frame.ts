/**
 * Reading frames out of a forward run, for the forward panel's canvases: the UI reaches the worker's
 * closed form (`fixedFrame`) only through here, so there is one implementation of x_t. Timesteps here run
 * 0..T, where 0 is the clean data x_0 (trails start there); settings.t itself stays within 1..T.
 */
import { fixedFrame, type ForwardResult } from "../../worker/forward";

/** The number of timesteps a run covers (its own T, which lags the settings until a new run arrives). */
export function runLength(result: ForwardResult): number {
  return result.mode === "fixed"
    ? result.sqrtAlphaBars.length
    : (result.timesteps[result.timesteps.length - 1] as number);
}

/** The number of samples (points or images) in a run. */
export function sampleCountOf(result: ForwardResult): number {
  const values = result.mode === "fixed" ? result.x0.length : (result.frames[0] as Float32Array).length;
  return result.dim > 0 ? values / result.dim : 0;
}

/** x_0 of every sample, flat: the seeded data set the run was made from (read-only). */
export const cleanData = (result: ForwardResult): Float32Array =>
  result.mode === "fixed" ? result.x0 : (result.frames[0] as Float32Array);

/** Index of the last recorded frame at or before t (the Markov chain keeps every step, or an even subset). */
function freshIndex(timesteps: readonly number[], t: number): number {
  let lo = 0;
  let hi = timesteps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((timesteps[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The timestep whose frame is shown for t: t itself, except where the chain kept only every k-th step. */
export function shownTimestep(result: ForwardResult, t: number): number {
  const clamped = Math.max(0, Math.min(Math.round(t), runLength(result)));
  return result.mode === "fixed"
    ? clamped
    : (result.timesteps[freshIndex(result.timesteps, clamped)] as number);
}

/** How many steps apart the run's frames are: 1, except for a Markov chain too long to keep every step. */
export const keptEvery = (result: ForwardResult): number =>
  result.mode === "fixed" ? 1 : ((result.timesteps[1] ?? 1) as number);

/**
 * x_t of every sample, flat. Fixed noise writes the closed form into `scratch` (same length as x_0) and
 * returns it; the Markov chain returns its stored frame (read-only). t is clamped to 0..T of the run, so a
 * run that lags a change of T still draws.
 */
export function frameAt(result: ForwardResult, t: number, scratch: Float32Array): Float32Array {
  const shown = shownTimestep(result, t);
  if (result.mode === "fresh") return result.frames[freshIndex(result.timesteps, shown)] as Float32Array;
  if (shown === 0) {
    scratch.set(result.x0);
    return scratch;
  }
  return fixedFrame(result, shown, scratch);
}

/**
 * The same run restricted to a few samples (the highlighted points whose trails are drawn), so their
 * positions at many timesteps cost a few values each. Built once per run, not per frame.
 */
export function subsetOf(result: ForwardResult, indices: readonly number[]): ForwardResult {
  const pick = (values: Float32Array): Float32Array => {
    const out = new Float32Array(indices.length * result.dim);
    indices.forEach((sample, k) =>
      out.set(values.subarray(sample * result.dim, (sample + 1) * result.dim), k * result.dim),
    );
    return out;
  };
  return result.mode === "fixed"
    ? { ...result, x0: pick(result.x0), eps: pick(result.eps) }
    : { ...result, frames: result.frames.map(pick) };
}
