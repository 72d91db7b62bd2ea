import { useEffect } from "react";

/** Longest frame gap counted as playback time: a stalled tab resumes where it was, not far ahead. */
export const MAX_FRAME_SECONDS = 0.1;

/** One playback run: called every animation frame with the seconds since the last; false ends the run. */
export type FrameStep = (seconds: number) => boolean;

/**
 * The animation-frame loop of both playbacks (forward t, reverse frames). While `running`, calls `start`
 * once, then its step every animation frame with the time since the previous one, capped at
 * MAX_FRAME_SECONDS; `start` may return null to run nothing. Pass a stable `start` (useCallback).
 */
export function useFrameLoop(running: boolean, start: () => FrameStep | null): void {
  useEffect(() => {
    if (!running) return;
    const step = start();
    if (!step) return;
    let last: number | null = null;
    let request = requestAnimationFrame(function frame(now) {
      const seconds = last === null ? 0 : Math.min(MAX_FRAME_SECONDS, (now - last) / 1000);
      last = now;
      if (step(seconds)) request = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(request);
  }, [running, start]);
}
