/**
 * The keyboard shortcuts, as data: the help dialog lists this table and the handler dispatches from it, so
 * the two cannot disagree. Keys act on the forward panel's timestep t and its playback.
 */
import { scheduleLength } from "../../state/settings";
import type { AppStore } from "../../state/store";

/** The parts of a keydown a shortcut looks at. */
export type KeyPress = Pick<KeyboardEvent, "key" | "shiftKey">;

/** What a shortcut does, given the store; `toggleHelp` and `fullScreen` are page-level. */
export type ShortcutAction =
  | { readonly kind: "store"; readonly run: (store: AppStore, event: KeyPress) => void }
  | { readonly kind: "fullScreen" }
  | { readonly kind: "toggleHelp" };

export interface Shortcut {
  /** Keys as users read them, for the help dialog. */
  readonly keys: string;
  readonly description: string;
  /** Does this keydown trigger the shortcut? */
  readonly matches: (event: KeyPress) => boolean;
  readonly action: ShortcutAction;
}

/** Shift+arrow jumps this share of T (at least one step). */
export const JUMP_SHARE = 0.1;

/** Moves t by `steps`, kept within 1..T; playback pauses, since the user took over. */
function moveT(store: AppStore, steps: (T: number) => number): void {
  const state = store.getState();
  const T = scheduleLength(state.settings.schedule);
  state.setPlaying(false);
  state.update((s) => ({ ...s, t: Math.min(T, Math.max(1, s.t + steps(T))) }), "t");
}

const jump = (T: number): number => Math.max(1, Math.round(JUMP_SHARE * T));
const direction = (event: KeyPress): number => (event.key === "ArrowRight" ? 1 : -1);

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: "Space",
    description: "play / pause the forward process",
    matches: (e) => e.key === " ",
    action: { kind: "store", run: (store) => store.getState().setPlaying(!store.getState().playing) },
  },
  {
    keys: "→ / ←",
    description: "one step forward / back in t",
    matches: (e) => !e.shiftKey && (e.key === "ArrowRight" || e.key === "ArrowLeft"),
    action: { kind: "store", run: (store, e) => moveT(store, () => direction(e)) },
  },
  {
    keys: "Shift + → / ←",
    description: `jump ${JUMP_SHARE * 100}% of T forward / back`,
    matches: (e) => e.shiftKey && (e.key === "ArrowRight" || e.key === "ArrowLeft"),
    action: { kind: "store", run: (store, e) => moveT(store, (T) => direction(e) * jump(T)) },
  },
  {
    keys: "r",
    description: "rewind to t = 1 (the settings stay as they are)",
    matches: (e) => e.key === "r",
    action: { kind: "store", run: (store) => moveT(store, (T) => -T) },
  },
  {
    keys: "f",
    description: "full screen on / off",
    matches: (e) => e.key === "f",
    action: { kind: "fullScreen" },
  },
  {
    keys: "?",
    description: "show / hide these keys",
    matches: (e) => e.key === "?",
    action: { kind: "toggleHelp" },
  },
];
