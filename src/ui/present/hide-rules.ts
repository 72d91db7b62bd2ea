/**
 * Presentation mode hides things with one generated style rule rather than by unmounting them, so hidden
 * panels keep their state (a reverse run, a chosen tab) and the page can show them again at once.
 */
import { PANEL_IDS, type ClassroomView, type PanelId } from "../../state/classroom";

/** Each panel's region name (its aria-label), which the rule selects it by. */
export const PANEL_NAMES: Readonly<Record<PanelId, string>> = {
  schedule: "Schedule",
  forward: "Forward",
  reverse: "Reverse",
  loss: "Loss",
};

/**
 * The CSS that hides what presentation mode leaves out: the panels not chosen and every hidden control
 * (marked `data-control="<id>"`), scoped to the app root in presentation mode. Ids come from fixed
 * vocabularies (validated settings), so they are safe to put into CSS. Empty when nothing is hidden.
 */
export function hideRules(view: ClassroomView, root = ".app.present"): string {
  if (!view.present) return "";
  const panels = PANEL_IDS.filter((id) => !view.panels.includes(id)).map(
    (id) => `${root} .panel[aria-label="${PANEL_NAMES[id]}"]`,
  );
  const controls = view.hidden.map((id) => `${root} [data-control="${id}"]`);
  const selectors = [...panels, ...controls];
  return selectors.length ? `${selectors.join(",\n")} { display: none !important; }` : "";
}
