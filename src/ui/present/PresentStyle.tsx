import { useMemo } from "react";
import { useApp } from "../store-context";
import { hideRules } from "./hide-rules";
import "./present.css";

/** The one style rule that hides what presentation mode leaves out (see hideRules). */
export function PresentStyle() {
  const view = useApp((s) => s.settings.view);
  const css = useMemo(() => hideRules(view), [view]);
  return css ? <style data-testid="present-rules">{css}</style> : null;
}
