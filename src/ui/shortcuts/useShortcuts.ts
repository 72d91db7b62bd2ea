import { useEffect, useState } from "react";
import type { AppStore } from "../../state/store";
import { SHORTCUTS } from "./keymap";

/**
 * Typing in a field, or arrowing a slider or menu, must not trigger shortcuts: the key belongs to that
 * control. Buttons and the page itself pass keys through (Space on a focused button still presses it).
 */
function keyBelongsToControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName) || target.getAttribute("role") === "slider";
}

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.();
}

/** Listens for the shortcuts on the whole page; returns whether the key help is open, and its setter. */
export function useShortcuts(store: AppStore): [boolean, (open: boolean) => void] {
  const [helpOpen, setHelpOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || keyBelongsToControl(event.target)) return;
      // A widget that used the key (a chart's cursor) said so; keys in an open dialog or on a disclosure
      // belong there, not to the page behind. The key list has no widgets, so its keys (? to close) pass.
      if (
        event.defaultPrevented ||
        (event.target instanceof Element && event.target.closest("dialog[open]:not(.key-help), summary"))
      )
        return;
      if (event.key === " " && event.target instanceof HTMLButtonElement) return;
      const shortcut = SHORTCUTS.find((s) => s.matches(event));
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut.paced && event.repeat && store.getState().settings.view.slow) return;
      const { action } = shortcut;
      if (action.kind === "store") action.run(store, event);
      else if (action.kind === "fullScreen") toggleFullScreen();
      else setHelpOpen((open) => !open);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
  return [helpOpen, setHelpOpen];
}
