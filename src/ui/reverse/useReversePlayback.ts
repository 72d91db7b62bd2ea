import { useEffect } from "react";
import { useApp, useAppStore } from "../store-context";
import { advanceFrame } from "./reverse-clock";

/** Longest frame gap counted as playback time: a stalled tab resumes where it was, not far ahead. */
const MAX_FRAME_SECONDS = 0.1;

/**
 * While the reverse view is playing, advances its frame every animation frame, and pauses at the last one.
 * A reader who asked for reduced motion sees each new run's end (the samples) at once instead.
 */
export function useReversePlayback(): void {
  const store = useAppStore();
  const playing = useApp((s) => s.reverseView.playing);
  useEffect(() => {
    if (!playing) return;
    if (window.matchMedia?.("(prefers-reduced-motion: reduce)").matches) {
      store.getState().showReverseFrame(Infinity);
      return;
    }
    let position = store.getState().reverseView.frame;
    let last: number | null = null;
    let request = requestAnimationFrame(function tick(now) {
      const { reverse, reverseView, settings, showReverseFrame, setReversePlaying } = store.getState();
      const frames = reverse.result?.trajectory.frames.length ?? 1;
      // A scrub or a new run moved the frame: continue from the one on show.
      if (Math.floor(position) !== reverseView.frame) position = reverseView.frame;
      const seconds = last === null ? 0 : Math.min(MAX_FRAME_SECONDS, (now - last) / 1000);
      last = now;
      position = advanceFrame(position, seconds, frames, settings.speed);
      if (Math.floor(position) !== reverseView.frame) showReverseFrame(position, true);
      if (position >= frames - 1) setReversePlaying(false);
      else request = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(request);
  }, [playing, store]);
}
