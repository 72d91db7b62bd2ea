import { useEffect } from "react";
import { scheduleLength } from "../../state/settings";
import type { AppStore } from "../../state/store";
import { useApp, useAppStore } from "../store-context";

/** Slow motion's pace: one step, then time to read its caption. */
export const SLOW_STEP_MS = 1500;

/** One forward step, or the end of slow playback at T (a press of play at T starts over from t = 1). */
function forwardStep(store: AppStore, first: boolean): void {
  const { settings, update, setPlaying } = store.getState();
  const T = scheduleLength(settings.schedule);
  if (settings.t < T) update((s) => ({ ...s, t: s.t + 1 }), "t");
  else if (first && T > 1) update((s) => ({ ...s, t: 1 }), "t");
  else setPlaying(false);
}

/** One reverse frame, or the end of slow playback at the run's last frame. */
function reverseStep(store: AppStore): void {
  const { reverse, reverseView, showReverseFrame, setReversePlaying } = store.getState();
  const frames = reverse.result?.trajectory.frames.length ?? 0;
  if (reverseView.frame < frames - 1) showReverseFrame(reverseView.frame + 1, true);
  else setReversePlaying(false);
}

/**
 * While slow motion is on, playing advances the forward t and the reverse frame one step per SLOW_STEP_MS
 * (the first at once, so play answers the press), instead of the panels' own continuous playback. The
 * reverse run pauses when slow motion starts, and a new one waits at its start for Play: each process
 * moves only when the lecturer says so.
 */
export function useSlowMotion(): void {
  const store = useAppStore();
  const slow = useApp((s) => s.settings.view.slow);
  const playing = useApp((s) => s.playing);
  const reversePlaying = useApp((s) => s.reverseView.playing);
  useEffect(() => {
    if (!slow || !playing) return;
    forwardStep(store, true);
    const timer = setInterval(() => forwardStep(store, false), SLOW_STEP_MS);
    return () => clearInterval(timer);
  }, [slow, playing, store]);
  useEffect(() => {
    if (!slow) return;
    store.getState().setReversePlaying(false);
    return store.subscribe(
      (s) => s.reverse.result,
      () => store.getState().setReversePlaying(false),
    );
  }, [slow, store]);
  useEffect(() => {
    if (!slow || !reversePlaying) return;
    const timer = setInterval(() => reverseStep(store), SLOW_STEP_MS);
    return () => clearInterval(timer);
  }, [slow, reversePlaying, store]);
}
