/**
 * The Forward panel's exports: an animation of t = 1..T, and x_t at the t on show as a table. Both read the
 * store when chosen, so playback (which moves t every frame) does not re-render the panel.
 */
import { useMemo } from "react";
import { frameAt, shownTimestep } from "../../state/slices/forward-frame";
import { scheduleLength } from "../../state/settings";
import type { AppStore } from "../../state/store";
import { LOOP_SECONDS } from "../forward/playback";
import { useApp, useAppStore } from "../store-context";
import { recordAnimation, type AnimationSource } from "./animation";
import { fileNameFor } from "./download";
import { tableExports } from "./table-files";
import { pointsTable } from "./tables";
import type { DataExport } from "./types";

/** t = 1..T on the panel's canvas; playback pauses while recording and resumes after. */
function forwardAnimation(store: AppStore): AnimationSource {
  const { settings, forward, playing, setPlaying } = store.getState();
  if (!forward) throw new Error("the forward process is still being computed");
  const T = scheduleLength(settings.schedule);
  const shownT = settings.t;
  setPlaying(false);
  const showT = (t: number) => store.getState().update((s) => ({ ...s, t }), "t");
  return {
    count: T,
    seconds: LOOP_SECONDS,
    fileName: fileNameFor("forward process", "webm"),
    show: (index) => showT(index + 1),
    caption: (index) => `Forward process: t = ${shownTimestep(forward, index + 1)} of ${T}`,
    restore: () => {
      showT(shownT);
      store.getState().setPlaying(playing);
    },
  };
}

/** x_t of every point (or image) at the t on show. */
function currentFrame(store: AppStore) {
  const { forward, settings } = store.getState();
  if (!forward) throw new Error("the forward process is still being computed");
  const values = frameAt(
    forward,
    settings.t,
    new Float32Array(forward.mode === "fixed" ? forward.x0.length : 0),
  );
  return {
    table: pointsTable(values, forward.dim),
    name: `forward x_t t ${shownTimestep(forward, settings.t)}`,
  };
}

export function useForwardExports(): readonly DataExport[] {
  const store = useAppStore();
  const ready = useApp((s) => s.forward !== null && !s.blankDrawing);
  return useMemo(
    () =>
      ready
        ? [
            {
              label: "Animation, t = 1 to T (WebM)",
              dialogTitle: "Recording the forward process",
              make: (job) => recordAnimation(forwardAnimation(store), job),
            },
            ...tableExports("x_t at the t on show", () => currentFrame(store)),
          ]
        : [],
    [store, ready],
  );
}
