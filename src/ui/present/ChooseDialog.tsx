import { useId } from "react";
import {
  CONTROL_IDS,
  orderedSubset,
  PANEL_IDS,
  type ClassroomView,
  type ControlId,
  type PanelId,
} from "../../state/classroom";
import type { AppStore } from "../../state/store";
import { Subscripted } from "../schedule/Subscripted";
import { useApp, useAppStore } from "../store-context";
import { CONTROL_LABELS, controlsOf, FINE_PRINT } from "./controls";
import { PANEL_NAMES } from "./hide-rules";
import { CloseButton, ModalDialog } from "../controls/ModalDialog";
import { CopyLinkButton } from "../CopyLinkButton";
import { presentationLink } from "./share-link";

/** Changes presentation mode's setup. */
const setView = (store: AppStore, change: (view: ClassroomView) => ClassroomView) =>
  store.getState().update((s) => ({ ...s, view: change(s.view) }), "presentation mode");

/** One control's checkbox: ticked means shown while presenting. */
function ControlBox({ id, disabled }: { id: ControlId; disabled: boolean }) {
  const store = useAppStore();
  const shown = useApp((s) => !s.settings.view.hidden.includes(id));
  const toggle = (show: boolean): void =>
    setView(store, (v) => ({
      ...v,
      hidden: orderedSubset(show ? v.hidden.filter((c) => c !== id) : [...v.hidden, id], CONTROL_IDS),
    }));
  return (
    <label className="choose-control">
      <input
        type="checkbox"
        checked={shown}
        disabled={disabled}
        onChange={(event) => toggle(event.target.checked)}
      />
      <span>
        <Subscripted text={CONTROL_LABELS[id]} />
      </span>
    </label>
  );
}

/** A panel's column: the panel's own checkbox, then its controls (greyed while the panel is hidden). */
function PanelColumn({ panel }: { panel: PanelId }) {
  const store = useAppStore();
  const panels = useApp((s) => s.settings.view.panels);
  const shown = panels.includes(panel);
  const toggle = (show: boolean): void =>
    setView(store, (v) => ({
      ...v,
      panels: orderedSubset(show ? [...v.panels, panel] : v.panels.filter((p) => p !== panel), PANEL_IDS),
    }));
  return (
    <fieldset className="choose-panel">
      <legend>
        <label>
          <input
            type="checkbox"
            checked={shown}
            // The page always shows at least one panel.
            disabled={shown && panels.length === 1}
            onChange={(event) => toggle(event.target.checked)}
          />
          {PANEL_NAMES[panel]} panel
        </label>
      </legend>
      {controlsOf(panel).map((id) => (
        <ControlBox key={id} id={id} disabled={!shown} />
      ))}
    </fieldset>
  );
}

/**
 * "Choose what to show": which panels and controls presentation mode keeps, applied at once (the page
 * behind the dialog shows the result while presenting), and the link that carries the choice.
 */
export function ChooseDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const titleId = useId();
  const present = useApp((s) => s.settings.view.present);
  const settings = useApp((s) => s.settings);
  const link = presentationLink(window.location.href, settings);
  return (
    <ModalDialog className="choose" labelledBy={titleId} onClose={onClose}>
      <header className="modal-head">
        <h2 id={titleId}>Choose what presentation mode shows</h2>
        <CloseButton />
      </header>
      <p className="choose-hint">
        Untick what the room does not need: hidden panels give their space to the others. The choice travels
        in the link.
      </p>
      <div className="choose-columns">
        {PANEL_IDS.map((panel) => (
          <PanelColumn key={panel} panel={panel} />
        ))}
      </div>
      <fieldset className="choose-panel choose-top">
        <legend>Top bar</legend>
        {controlsOf(null).map((id) => (
          <ControlBox key={id} id={id} disabled={false} />
        ))}
      </fieldset>
      <div className="choose-share">
        <label htmlFor={`${titleId}-link`}>Link to this setup</label>
        <input id={`${titleId}-link`} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        <CopyLinkButton link={link} />
      </div>
      <footer className="modal-foot">
        <button
          type="button"
          onClick={() => setView(store, (v) => ({ ...v, panels: PANEL_IDS, hidden: [] }))}
        >
          Show everything
        </button>
        <button
          type="button"
          title="Hide the seed, presets, pinning, speed, overlay toggles and the model and sampler tabs"
          onClick={() =>
            setView(store, (v) => ({
              ...v,
              hidden: orderedSubset([...v.hidden, ...FINE_PRINT], CONTROL_IDS),
            }))
          }
        >
          Essentials only
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          onClick={(event) => {
            setView(store, (v) => ({ ...v, present: true }));
            event.currentTarget.closest("dialog")?.close();
          }}
        >
          {present ? "Done" : "Present now"}
        </button>
      </footer>
    </ModalDialog>
  );
}
