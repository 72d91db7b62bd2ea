/**
 * The keyboard shortcuts, as data: the help dialog lists this table and the handler dispatches from it, so
 * the two cannot disagree. Keys act on the forward panel's timestep t and its playback, the lesson's steps
 * (PageDown / PageUp, which presenter remotes send) and the classroom view.
 */
import { scheduleLength } from "../../state/settings";
import type { AppStore } from "../../state/store";
import { moveStep } from "../lessons/navigation";
import { toggleView } from "../present/view-actions";

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
  /** Steps t: in slow motion a held key does not repeat, so each step can be read. */
  readonly paced?: true;
}

/** Shift+arrow jumps this share of T (at least one step). */
export const JUMP_SHARE = 0.1;

/**
 * Rewinds both processes to their start, paused: t = 1, and the reverse run to its first frame. The
 * settings stay: in a lecture, starting the demo over must not undo its setup (Reset does that).
 */
function rewind(store: AppStore): void {
  moveT(store, (T) => -T);
  store.getState().showReverseFrame(0);
}

/** Moves t by `steps`, kept within 1..T; playback pauses, since the user took over. */
function moveT(store: AppStore, steps: (T: number) => number): void {
  const state = store.getState();
  const T = scheduleLength(state.settings.schedule);
  state.setPlaying(false);
  state.setT(Math.min(T, Math.max(1, state.settings.t + steps(T))));
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
    paced: true,
  },
  {
    keys: "Shift + → / ←",
    description: `jump ${JUMP_SHARE * 100}% of T forward / back`,
    matches: (e) => e.shiftKey && (e.key === "ArrowRight" || e.key === "ArrowLeft"),
    action: { kind: "store", run: (store, e) => moveT(store, (T) => direction(e) * jump(T)) },
    paced: true,
  },
  {
    keys: "r",
    description: "rewind: t = 1 and the reverse run to its start (the settings stay)",
    matches: (e) => e.key === "r",
    action: { kind: "store", run: rewind },
  },
  {
    keys: "PageDown / PageUp",
    description: "next / previous step of the lesson",
    matches: (e) => e.key === "PageDown" || e.key === "PageUp",
    action: { kind: "store", run: (store, e) => moveStep(store, e.key === "PageDown" ? 1 : -1) },
  },
  {
    keys: "p",
    description: "presentation mode on / off",
    matches: (e) => e.key === "p",
    action: { kind: "store", run: (store) => toggleView(store, "present") },
  },
  {
    keys: "s",
    description: "slow motion on / off",
    matches: (e) => e.key === "s",
    action: { kind: "store", run: (store) => toggleView(store, "slow") },
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
