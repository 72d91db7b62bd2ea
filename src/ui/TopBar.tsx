import { useState } from "react";
import { encodeSettings } from "../state/url-codec";
import { CalculatorButton } from "./calculator/CalculatorButton";
import { LessonsMenu } from "./lessons/LessonsMenu";
import { PresentControls } from "./present/PresentControls";
import { useApp, useAppStore } from "./store-context";

/** How long "Copied" shows after the link was copied. */
const COPIED_MS = 1500;

/** Title, seed, and the link actions: Copy link shares this exact view, Reset returns to the defaults. */
export function TopBar({ onShowKeys }: { onShowKeys: () => void }) {
  const store = useAppStore();
  const seed = useApp((s) => s.settings.seed);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const copyLink = async (): Promise<void> => {
    try {
      // From the store, not the address bar: during playback the URL trails the view by up to a second.
      const page = window.location.href.split("#")[0] ?? "";
      await navigator.clipboard.writeText(`${page}#${encodeSettings(store.getState().settings)}`);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
    setTimeout(() => setCopied("idle"), COPIED_MS);
  };
  return (
    <header className="topbar">
      <h1>Diffusion Playground</h1>
      <label className="field" data-control="top.seed">
        Seed
        <input
          type="number"
          min={0}
          step={1}
          value={seed}
          onChange={(event) => {
            const value = Number(event.target.value);
            store.getState().update((s) => ({ ...s, seed: value }), "the seed");
          }}
        />
      </label>
      <span className="spacer" />
      <LessonsMenu />
      <PresentControls />
      <CalculatorButton />
      <button type="button" onClick={() => void copyLink()}>
        {copied === "copied" ? "Copied" : copied === "failed" ? "Copy failed" : "Copy link"}
      </button>
      <button type="button" onClick={() => store.getState().reset()}>
        Reset
      </button>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={onShowKeys}
      >
        ?
      </button>
    </header>
  );
}
