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
