import { useRef, useState, type KeyboardEvent } from "react";
import { useAppStore } from "../store-context";
import { drawBetas, nudgeBeta, type DrawPoint } from "./schedule-edit";
import type { ChartPointer } from "./ScheduleChart";

/** Arrow keys move β by this share of the β axis (Shift: five times as far). */
const BETA_KEY_STEP = 1 / 40;

/**
 * What pointers and keys do on the schedule charts: hovering reads values, clicking or dragging sets t,
 * and on a custom schedule's β chart dragging draws betas and ↑/↓ change β at the current t.
 * `betaTop` is the β axis's current top; it is held while a stroke is drawn (see `heldBetaTop`).
 * A stroke is drawn as a local preview (`preview`, the betas so far) and becomes the settings once, when
 * the pointer lifts: each settings change retrains the model and reruns every panel's work.
 */
export function useChartInput(T: number, betaTop: number, onHover: (t: number | null) => void) {
  const store = useAppStore();
  /** The β axis holds still while a stroke is drawn, so the line does not run away from the pointer. */
  const [heldBetaTop, setHeldBetaTop] = useState<number | null>(null);
  const [preview, setPreview] = useState<readonly number[] | null>(null);
  /** The stroke's betas so far, for the pointer handlers between renders. */
  const stroke = useRef<readonly number[] | null>(null);
  const lastDrawn = useRef<DrawPoint | null>(null);

  /** Choosing t by hand pauses the forward playback, as its own t controls do: the user took over. */
  const setT = (t: number): void => {
    const state = store.getState();
    if (state.playing) state.setPlaying(false);
    if (t !== state.settings.t) state.update((s) => ({ ...s, t }), "t");
  };
  const setBetas = (betas: readonly number[]): void =>
    store
      .getState()
      .update((s) => ({ ...s, schedule: { family: "custom", betas: [...betas] } }), "the custom betas");

  const pickT = (pointer: ChartPointer): void => {
    onHover(pointer.t);
    if (pointer.phase === "down" || (pointer.phase === "move" && pointer.pressed)) setT(pointer.t);
  };

  const draw = (pointer: ChartPointer): void => {
    onHover(pointer.t);
    if (pointer.phase === "up") {
      const drawn = stroke.current;
      stroke.current = null;
      lastDrawn.current = null;
      setHeldBetaTop(null);
      setPreview(null);
      if (drawn) setBetas(drawn);
      return;
    }
    const spec = store.getState().settings.schedule;
    if ((pointer.phase === "move" && !pointer.pressed) || spec.family !== "custom") return;
    if (pointer.phase === "down") setHeldBetaTop(betaTop);
    const point = { t: pointer.t, beta: pointer.value };
    stroke.current = drawBetas(stroke.current ?? spec.betas, lastDrawn.current, point);
    setPreview(stroke.current);
    lastDrawn.current = point;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const { schedule: spec, t } = store.getState().settings;
    const big = event.shiftKey ? 10 : 1;
    const page = Math.max(1, Math.round(T / 10));
    const moves: Record<string, number> = {
      ArrowLeft: -big,
      ArrowRight: big,
      ArrowDown: -big,
      ArrowUp: big,
      PageDown: -page,
      PageUp: page,
      Home: -T,
      End: T,
    };
    const vertical = event.key === "ArrowUp" ? 1 : event.key === "ArrowDown" ? -1 : 0;
    if (vertical !== 0 && spec.family === "custom") {
      setBetas(nudgeBeta(spec.betas, t, vertical * betaTop * BETA_KEY_STEP * (event.shiftKey ? 5 : 1)));
    } else if (moves[event.key] !== undefined) {
      setT(Math.min(T, Math.max(1, t + (moves[event.key] as number))));
    } else {
      return;
    }
    event.preventDefault();
    onHover(null);
  };

  return { heldBetaTop, preview, pickT, draw, onKeyDown };
}
