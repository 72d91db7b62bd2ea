import { useEffect } from "react";
import { scheduleLength } from "../../state/settings";
import { useApp, useAppStore } from "../store-context";
import { advanceClock, clockAt, clockTimestep, type PlaybackClock } from "./playback";

/** Longest frame gap counted as playback time: a stalled tab resumes where it was, not far ahead. */
const MAX_FRAME_SECONDS = 0.1;

/**
 * While the store says `playing`, advances settings.t every animation frame. The clock follows the store:
 * a step, a scrub or a new T moves it, so playback always continues from the t on show.
 */
export function usePlayback(): void {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let clock: PlaybackClock = clockAt(store.getState().settings.t);
    let last: number | null = null;
    let frame = requestAnimationFrame(function tick(now) {
      const { settings, update } = store.getState();
      const T = scheduleLength(settings.schedule);
      if (clockTimestep(clock, T) !== settings.t) clock = clockAt(settings.t);
      const seconds = last === null ? 0 : Math.min(MAX_FRAME_SECONDS, (now - last) / 1000);
      last = now;
      clock = advanceClock(clock, seconds, T, settings.speed);
      const t = clockTimestep(clock, T);
      if (t !== settings.t) update((s) => ({ ...s, t }), "t");
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}
