import { useRef, useState } from "react";
import { useApp, useAppStore } from "../store-context";
import { ChooseDialog } from "./ChooseDialog";
import { toggleView } from "./view-actions";

/** A top-bar switch for one on/off part of the view. */
function ViewToggle({ flag, label, title }: { flag: "present" | "slow"; label: string; title: string }) {
  const store = useAppStore();
  const on = useApp((s) => s.settings.view[flag]);
  return (
    <button
      type="button"
      className="view-toggle"
      aria-pressed={on}
      title={title}
      onClick={() => toggleView(store, flag)}
    >
      {label}
    </button>
  );
}

/** Slow motion, presentation mode, and the dialog that chooses what presentation mode shows. */
export function PresentControls() {
  const [choosing, setChoosing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <span className="present-controls">
      <ViewToggle flag="slow" label="Slow motion" title="One step at a time, each explained (s)" />
      <ViewToggle
        flag="present"
        label="Present"
        title="Presentation mode: big type, only what you chose (p)"
      />
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        title="Choose which panels and controls presentation mode shows"
        onClick={() => setChoosing(true)}
      >
        Choose…
      </button>
      {choosing && (
        <ChooseDialog
          onClose={() => {
            setChoosing(false);
            button.current?.focus();
          }}
        />
      )}
    </span>
  );
}
