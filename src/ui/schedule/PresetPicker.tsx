import { useAppStore } from "../store-context";
import { PRESETS } from "./presets";
import { withSchedule } from "./schedule-edit";

/** Preset groups in menu order. */
const GROUPS = [...new Set(PRESETS.map((preset) => preset.group))];
/** The menu's resting entry: the menu is an action, and the chosen preset is named below the charts. */
const PROMPT = "";

/** A menu of named schedules; choosing one applies it (its sentence then shows with the notes). */
export function PresetPicker() {
  const store = useAppStore();
  return (
    <select
      className="preset-picker"
      data-control="schedule.presets"
      aria-label="Preset schedules"
      value={PROMPT}
      onChange={(event) => {
        const preset = PRESETS.find((p) => p.id === event.target.value);
        if (preset) store.getState().update((s) => withSchedule(s, preset.spec), "the schedule");
      }}
    >
      <option value={PROMPT} disabled>
        Presets…
      </option>
      {GROUPS.map((group) => (
        <optgroup key={group} label={group}>
          {PRESETS.filter((p) => p.group === group).map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
