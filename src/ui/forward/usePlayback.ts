import { useCallback } from "react";
import { scheduleLength } from "../../state/settings";
import { useFrameLoop, type FrameStep } from "../controls/useFrameLoop";
import { useApp, useAppStore } from "../store-context";
import { advanceClock, clockAt, clockTimestep, type PlaybackClock } from "./playback";

/**
 * While the store says `playing`, advances settings.t every animation frame. The clock follows the store:
 * a step, a scrub or a new T moves it, so playback always continues from the t on show. In slow motion
 * the classroom's pace takes over (src/ui/present/useSlowMotion.ts).
 */
export function usePlayback(): void {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const slow = useApp((s) => s.settings.view.slow);
  const start = useCallback((): FrameStep => {
    let clock: PlaybackClock = clockAt(store.getState().settings.t);
    return (seconds) => {
      const { settings, update } = store.getState();
      const T = scheduleLength(settings.schedule);
      if (clockTimestep(clock, T) !== settings.t) clock = clockAt(settings.t);
      clock = advanceClock(clock, seconds, T, settings.speed);
      const t = clockTimestep(clock, T);
      if (t !== settings.t) update((s) => ({ ...s, t }), "t");
      return true;
    };
  }, [store]);
  useFrameLoop(playing && !slow, start);
}
