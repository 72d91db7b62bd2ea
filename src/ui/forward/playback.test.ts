import { describe, expect, it } from "vitest";
import {
  advanceClock,
  clockAt,
  clockTimestep,
  END_HOLD_SECONDS,
  linkOpensPaused,
  LOOP_SECONDS,
  START_HOLD_SECONDS,
  type PlaybackClock,
} from "./playback";

/** Runs the clock for `seconds` in 60 Hz frames and returns it with every timestep shown. */
function play(clock: PlaybackClock, seconds: number, T: number, speed = 1) {
  const shown: number[] = [];
  let current = clock;
  for (let k = 0; k < Math.round(seconds * 60); k++) {
    current = advanceClock(current, 1 / 60, T, speed);
    shown.push(clockTimestep(current, T));
  }
  return { clock: current, shown };
}

describe("the playback clock", () => {
  it("crosses 1..T in LOOP_SECONDS at speed 1, whatever T is", () => {
    for (const T of [10, 1000]) {
      const { shown } = play(clockAt(1), LOOP_SECONDS - 0.05, T);
      expect(shown.at(-1)).toBeLessThan(T);
      expect(play(clockAt(1), LOOP_SECONDS + 0.05, T).shown.at(-1)).toBe(T);
    }
  });

  it("goes twice as fast at speed 2, and never skips back while running", () => {
    const { shown } = play(clockAt(1), LOOP_SECONDS / 2 + 0.05, 100, 2);
    expect(shown.at(-1)).toBe(100);
    expect(shown.every((t, i) => i === 0 || t >= (shown[i - 1] as number))).toBe(true);
  });

  it("rests at T, then wraps to 1 and rests there before moving on", () => {
    const atEnd = advanceClock(clockAt(99.99), 0.1, 100, 1);
    expect(atEnd).toEqual({ position: 100, hold: END_HOLD_SECONDS });
    const stillResting = play(atEnd, END_HOLD_SECONDS - 0.1, 100);
    expect(new Set(stillResting.shown)).toEqual(new Set([100]));
    const wrapped = play(atEnd, END_HOLD_SECONDS + 0.05, 100);
    expect(clockTimestep(wrapped.clock, 100)).toBe(1);
    const resting = play(wrapped.clock, START_HOLD_SECONDS - 0.1, 100);
    expect(new Set(resting.shown)).toEqual(new Set([1]));
    expect(play(wrapped.clock, START_HOLD_SECONDS + 0.2, 100).shown.at(-1)).toBeGreaterThan(1);
  });

  it("T = 1 has nothing to play: the clock stays at 1", () => {
    expect(play(clockAt(1), 3, 1).shown.every((t) => t === 1)).toBe(true);
  });
});

describe("linkOpensPaused", () => {
  it("is true only when the link has a t key (not t0, not a t inside another value) or a lesson", () => {
    expect(linkOpensPaused("#v=1&t=30")).toBe(true);
    expect(linkOpensPaused("t=1")).toBe(true);
    expect(linkOpensPaused("#v=1&t0=30&data=moons")).toBe(false);
    expect(linkOpensPaused("#v=1&sched=cosine&T=30")).toBe(false);
    expect(linkOpensPaused("")).toBe(false);
    expect(linkOpensPaused("#v=1&lesson=schedules&step=2")).toBe(true);
    expect(linkOpensPaused("#v=1&present=1")).toBe(false);
  });
});
