import { useCallback } from "react";
import { useFrameLoop, type FrameStep } from "../controls/useFrameLoop";
import { useApp, useAppStore } from "../store-context";
import { reverseTick } from "./reverse-clock";

/**
 * While the reverse view is playing, advances its frame every animation frame, and pauses at the last one.
 * A reader who asked for reduced motion sees each new run's end (the samples) at once instead. In slow
 * motion the classroom's pace takes over (src/ui/present/useSlowMotion.ts).
 */
export function useReversePlayback(): void {
  const store = useAppStore();
  const playing = useApp((s) => s.reverseView.playing);
  const slow = useApp((s) => s.settings.view.slow);
  const start = useCallback((): FrameStep | null => {
    if (window.matchMedia?.("(prefers-reduced-motion: reduce)").matches) {
      store.getState().showReverseFrame(Infinity);
      return null;
    }
    let position = store.getState().reverseView.frame;
    return (seconds) => {
      const { reverse, reverseView, settings, showReverseFrame, setReversePlaying } = store.getState();
      const frames = reverse.result?.trajectory.frames.length ?? 1;
      const tick = reverseTick(position, reverseView.frame, seconds, frames, settings.speed);
      position = tick.position;
      if (tick.frame !== reverseView.frame) showReverseFrame(tick.frame, true);
      if (!tick.done) return true;
      setReversePlaying(false);
      return false;
    };
  }, [store]);
  useFrameLoop(playing && !slow, start);
}
