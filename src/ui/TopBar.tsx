import { CalculatorButton } from "./calculator/CalculatorButton";
import { CopyLinkButton } from "./CopyLinkButton";
import { LessonsMenu } from "./lessons/LessonsMenu";
import { PresentControls } from "./present/PresentControls";
import { useApp, useAppStore } from "./store-context";

/** Title, seed, and the link actions: Copy link shares this exact view, Reset returns to the defaults. */
export function TopBar({ onShowKeys }: { onShowKeys: () => void }) {
  const store = useAppStore();
  const seed = useApp((s) => s.settings.seed);
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
      <CopyLinkButton />
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
