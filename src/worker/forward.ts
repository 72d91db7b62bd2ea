import { makeDataset, type DatasetSpec } from "../core/data/datasets";
import { markovStep, sampleKernel } from "../core/forward";
import { fillNormal, makeRng } from "../core/rng";
import { makeSchedule, type ScheduleSpec } from "../core/schedule";
import { timestep } from "../core/timestep";
import type { JobContext } from "./jobs";

/** The Markov chain's frames are kept within this many bytes (float32 points per frame). */
export const FRESH_FRAMES_BYTES = 32 * 1024 * 1024;

/** What the forward panel asks for: a data set, a schedule and how the noise is drawn. */
export interface ForwardRequest {
  readonly dataset: DatasetSpec;
  readonly schedule: ScheduleSpec;
  /** The user's seed: the data come from (seed, "data"), the noise from (seed, "forward-noise"). */
  readonly seed: number;
  /** "fixed": the closed form with one ε per point; "fresh": the Markov chain, fresh noise each step. */
  readonly mode: "fixed" | "fresh";
}

/**
 * The closed form's ingredients instead of its T frames: x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε for any t is two
 * multiply-adds per value (see `fixedFrame`), so memory stays O(N) whatever T is.
 */
export interface FixedForward {
  readonly mode: "fixed";
  readonly dim: number;
  /** The side of each image, for image data sets (dim = imageSize²); absent for points. */
  readonly imageSize?: number;
  readonly x0: Float32Array;
  readonly eps: Float32Array;
  /** √ᾱ_t at index t − 1. */
  readonly sqrtAlphaBars: Float64Array;
  /** √(1 − ᾱ_t) at index t − 1. */
  readonly sqrtOneMinusAlphaBars: Float64Array;
}

/** Frames of the Markov chain: every timestep when they fit in FRESH_FRAMES_BYTES, else an even subset. */
export interface FreshForward {
  readonly mode: "fresh";
  readonly dim: number;
  /** The side of each image, for image data sets (dim = imageSize²); absent for points. */
  readonly imageSize?: number;
  /** Ascending, from 0 (the clean data) to the last timestep reached (T once finished). */
  readonly timesteps: number[];
  readonly frames: Float32Array[];
}

/** The forward process in either mode. */
export type ForwardResult = FixedForward | FreshForward;

/** x_t of a fixed-noise forward result, written into `out` (same length as x_0). */
export function fixedFrame(result: FixedForward, t: number, out: Float32Array): Float32Array {
  const i = timestep(t, result.sqrtAlphaBars.length) - 1;
  const scale = result.sqrtAlphaBars[i] as number;
  const noise = result.sqrtOneMinusAlphaBars[i] as number;
  return sampleKernel({ scale, variance: noise * noise }, result.x0, result.eps, out);
}

/** Runs the forward process for the forward panel; the chain runs in chunks and stops on cancel. */
export async function runForward(request: ForwardRequest, job: JobContext): Promise<ForwardResult> {
  const schedule = makeSchedule(request.schedule);
  const { dim, data, imageSize } = makeDataset(request.dataset, request.seed);
  const rng = makeRng(request.seed, "forward-noise");
  if (request.mode === "fixed") {
    return {
      mode: "fixed",
      dim,
      imageSize,
      x0: data,
      eps: fillNormal(rng, new Float32Array(data.length)),
      sqrtAlphaBars: schedule.sqrtAlphaBars.slice(),
      sqrtOneMinusAlphaBars: schedule.sqrtOneMinusAlphaBars.slice(),
    };
  }
  // x_0, every stride-th step and x_T: at most maxFrames frames.
  const maxFrames = Math.max(3, Math.floor(FRESH_FRAMES_BYTES / Math.max(1, data.byteLength)));
  const stride = Math.ceil(schedule.T / (maxFrames - 2));
  const result: FreshForward = { mode: "fresh", dim, imageSize, timesteps: [0], frames: [data.slice()] };
  const x = data.slice();
  const eps = new Float32Array(data.length);
  let t = 0;
  await job.loop(() => {
    t += 1;
    markovStep(schedule, timestep(t, schedule.T), x, fillNormal(rng, eps), x);
    // The last step is always kept, so the chain visibly ends at x_T.
    if (t % stride === 0 || t === schedule.T) {
      result.timesteps.push(t);
      result.frames.push(x.slice());
    }
    return t === schedule.T;
  });
  return result;
}
