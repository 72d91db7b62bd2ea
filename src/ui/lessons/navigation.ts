/** Moving through a lesson: each step replaces the settings with the step's, and stills the playback. */
import type { LessonId } from "../../state/classroom";
import type { AppStore } from "../../state/store";
import { LESSONS } from "./catalog";
import { stepSettings } from "./lesson-links";

/** Shows step `step` (clamped to the lesson) of lesson `id`, paused, so the step's t is what is seen. */
export function goToStep(store: AppStore, id: LessonId, step: number): void {
  const state = store.getState();
  const clamped = Math.min(LESSONS[id].steps.length, Math.max(1, step));
  state.setPlaying(false);
  state.setReversePlaying(false);
  state.replaceSettings(stepSettings(state.settings, id, clamped));
}

/** One step forward (+1) or back (−1) in the lesson on show; nothing when none is, or at either end. */
export function moveStep(store: AppStore, delta: number): void {
  const lesson = store.getState().settings.lesson;
  if (!lesson) return;
  const next = lesson.step + delta;
  if (next >= 1 && next <= LESSONS[lesson.id].steps.length) goToStep(store, lesson.id, next);
}

/** Leaves the lesson; the settings of its last step stay, to explore from. */
export function exitLesson(store: AppStore): void {
  store.getState().update((s) => ({ ...s, lesson: null }), "the lesson");
}
