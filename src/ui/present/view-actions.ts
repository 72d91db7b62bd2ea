/** Store actions on the classroom view, shared by the top bar's switches and the keyboard shortcuts. */
import type { AppStore } from "../../state/store";

/** Turns presentation mode or slow motion on or off. */
export function toggleView(store: AppStore, flag: "present" | "slow"): void {
  const field = flag === "present" ? "presentation mode" : "slow motion";
  store.getState().update((s) => ({ ...s, view: { ...s.view, [flag]: !s.view[flag] } }), field);
}
