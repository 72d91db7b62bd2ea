/**
 * Reverse playback as a pure function of elapsed time, so its pace is tested in Node: one pass from the
 * start (x_T, or x_tStart) to t = 0 takes PASS_SECONDS at speed 1 however many frames the run kept, and
 * playback stops on the last frame, where the samples are.
 */

/** Seconds for one pass over all frames at speed 1. */
export const PASS_SECONDS = 4;

/**
 * The fractional frame reached after `seconds` of playback from `position`, at `speed`, in a run of
 * `frames` frames; it stops at the last frame.
 */
export function advanceFrame(position: number, seconds: number, frames: number, speed: number): number {
  const last = Math.max(0, frames - 1);
  return Math.min(last, position + (seconds * speed * last) / PASS_SECONDS);
}

/** Where reverse playback stands after one animation frame. */
export interface ReverseTick {
  /** The fractional frame reached. */
  readonly position: number;
  /** The frame to show: the last one reached (frames are shown whole, never rounded ahead). */
  readonly frame: number;
  /** The last frame is reached: playback stops there. */
  readonly done: boolean;
}

/**
 * One animation frame of reverse playback, `seconds` after the last, from the fractional `position` with
 * `shown` on screen. A scrub or a new run that moved the frame on show restarts the clock there.
 */
export function reverseTick(
  position: number,
  shown: number,
  seconds: number,
  frames: number,
  speed: number,
): ReverseTick {
  const from = Math.floor(position) === shown ? position : shown;
  const next = advanceFrame(from, seconds, frames, speed);
  return { position: next, frame: Math.floor(next), done: next >= frames - 1 };
}
