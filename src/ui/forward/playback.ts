/**
 * The playback clock, as a pure function of elapsed time, so its pace and pauses are tested in Node.
 * One pass over t = 1..T takes LOOP_SECONDS at speed 1 whatever T is (T = 10 shows each step, T = 1000
 * glides), then the clock holds on the pure noise at T, jumps back to t = 1 and holds on the nearly clean
 * data before it dissolves again.
 */

/** Seconds for one pass from t = 1 to T at speed 1. */
export const LOOP_SECONDS = 6;
/** Seconds the clock rests at t = T (pure noise) before starting over. */
export const END_HOLD_SECONDS = 1;
/** Seconds the clock rests at t = 1 after wrapping, so the data are seen before they dissolve. */
export const START_HOLD_SECONDS = 0.6;

/** Where the clock stands: a fractional timestep, and how long it still rests there. */
export interface PlaybackClock {
  readonly position: number;
  readonly hold: number;
}

/** A clock showing timestep t, not resting (a scrub or a step puts the clock here). */
export const clockAt = (t: number): PlaybackClock => ({ position: t, hold: 0 });

/** The timestep a clock shows. */
export const clockTimestep = (clock: PlaybackClock, T: number): number =>
  Math.min(T, Math.max(1, Math.floor(clock.position)));

/**
 * The clock after `seconds` of playback at `speed` under a schedule of length T. Holds are in real
 * seconds (not scaled by speed), so a fast playback still pauses long enough to be seen.
 */
export function advanceClock(clock: PlaybackClock, seconds: number, T: number, speed: number): PlaybackClock {
  if (T <= 1) return clockAt(1);
  if (clock.hold > 0) {
    const hold = clock.hold - seconds;
    if (hold > 0) return { position: clock.position, hold };
    if (clock.position >= T) return { position: 1, hold: START_HOLD_SECONDS };
    return clockAt(clock.position);
  }
  const position = clock.position + (seconds * speed * (T - 1)) / LOOP_SECONDS;
  return position >= T ? { position: T, hold: END_HOLD_SECONDS } : { position, hold: 0 };
}

/**
 * Whether a link's hash names t or a lesson. Such a link opens paused (its sender chose that moment to
 * show, or the lesson's step did); a link without either opens playing, so the page starts in motion.
 */
export function linkOpensPaused(hash: string): boolean {
  return hash
    .replace(/^#/, "")
    .split("&")
    .some((part) => ["t", "lesson"].includes(part.split("=")[0] ?? ""));
}
