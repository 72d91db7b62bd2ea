import { useRef, useState } from "react";
import { SCHEDULE_FAMILIES, type ScheduleFamily, type ScheduleSpec } from "../../core/schedule";
import { SCHEDULE_PARAMETER_DEFAULTS } from "../../state/settings";
import { MAX_CUSTOM_BETAS, MAX_SETTINGS_T } from "../../state/settings-schema";
import { Select } from "../controls/Select";
import { useApp, useAppStore } from "../store-context";
import { CustomBetasField } from "./CustomBetasField";
import { FAMILY_LABELS } from "./describe";
import { Subscripted } from "./Subscripted";
import { rememberParameters, switchFamily, withSchedule } from "./schedule-edit";
import { SteppedSlider } from "./SteppedSlider";
import { logStops } from "./stops";

const T_STOPS = logStops(1, MAX_SETTINGS_T, { integer: true });
const BETA_STOPS = logStops(1e-5, 1, { zero: true });
const S_STOPS = logStops(1e-4, 1, { zero: true });
const FAMILY_OPTIONS = SCHEDULE_FAMILIES.map((family) => ({ value: family, label: FAMILY_LABELS[family] }));

/** The family menu and the sliders of the chosen family (custom: its betas as text). */
export function ScheduleControls() {
  const store = useAppStore();
  const spec = useApp((s) => s.settings.schedule);
  /** Each family's last parameters, so switching away and back restores them. */
  const remembered = useRef(SCHEDULE_PARAMETER_DEFAULTS);
  /** Why a schedule switched to custom is not exactly the one before (it was too long), or null. */
  const [customNote, setCustomNote] = useState<string | null>(null);

  const setSchedule = (next: ScheduleSpec, field: string): void =>
    store.getState().update((s) => withSchedule(s, next), field);
  const setFamily = (family: ScheduleFamily): void => {
    const current = store.getState().settings.schedule;
    remembered.current = rememberParameters(remembered.current, current);
    const { spec: next, note } = switchFamily(current, family, remembered.current);
    setCustomNote(note);
    setSchedule(next, "the schedule");
  };

  return (
    <div className="schedule-controls">
      <Select
        label="Family"
        value={spec.family}
        options={FAMILY_OPTIONS}
        onChange={setFamily}
        control="schedule.family"
      />
      {spec.family !== "custom" && (
        <SteppedSlider
          label="T"
          value={spec.T}
          stops={T_STOPS}
          integer
          onChange={(T) => setSchedule({ ...spec, T }, "T")}
          control="schedule.T"
        />
      )}
      {"betaStart" in spec && (
        <>
          <SteppedSlider
            label="β_start"
            value={spec.betaStart}
            stops={BETA_STOPS}
            onChange={(betaStart) => setSchedule({ ...spec, betaStart }, "β_start")}
            control="schedule.betaStart"
          />
          <SteppedSlider
            label="β_end"
            value={spec.betaEnd}
            stops={BETA_STOPS}
            onChange={(betaEnd) => setSchedule({ ...spec, betaEnd }, "β_end")}
            control="schedule.betaEnd"
          />
        </>
      )}
      {spec.family === "cosine" && (
        <SteppedSlider
          label="offset s"
          value={spec.s}
          stops={S_STOPS}
          onChange={(s) => setSchedule({ ...spec, s }, "the cosine offset s")}
          control="schedule.s"
        />
      )}
      {spec.family === "constant" && (
        <SteppedSlider
          label="β"
          value={spec.beta}
          stops={BETA_STOPS}
          onChange={(beta) => setSchedule({ ...spec, beta }, "the constant β")}
          control="schedule.beta"
        />
      )}
      {spec.family === "custom" && (
        <>
          <CustomBetasField
            betas={spec.betas}
            onChange={(betas) => setSchedule({ family: "custom", betas }, "the custom betas")}
          />
          <p className="draw-hint dim" data-control="schedule.betas">
            Or draw on the β chart below.
          </p>
          {/* The note belongs to the respaced schedule; a preset or typed betas of another length are not it. */}
          {customNote && spec.betas.length === MAX_CUSTOM_BETAS && (
            <p className="schedule-warning" role="status">
              <Subscripted text={customNote} />
            </p>
          )}
        </>
      )}
    </div>
  );
}
