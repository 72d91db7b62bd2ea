import { useMemo, useState } from "react";
import { makeSchedule, type Schedule } from "../../core/schedule";
import { fileNameFor } from "../export/download";
import type { DataExport } from "../export/ExportMenu";
import { scheduleTable, toCsv, toJson } from "../export/tables";
import { Panel } from "../Panel";
import { useApp } from "../store-context";
import { PinButton, PinnedLegend } from "./ComparePin";
import { PresetPicker } from "./PresetPicker";
import { ScheduleCharts } from "./ScheduleCharts";
import { ScheduleControls } from "./ScheduleControls";
import { ScheduleNotes } from "./ScheduleNotes";
import "./schedule.css";

/** The schedule's numbers, one row per t, as files for a notebook or a slide. */
function tableExports(schedule: Schedule): DataExport[] {
  const file = (text: string, type: string, extension: string) => ({
    blob: new Blob([text], { type }),
    fileName: fileNameFor("schedule", extension),
  });
  return [
    { label: "Schedule table (CSV)", make: () => file(toCsv(scheduleTable(schedule)), "text/csv", "csv") },
    {
      label: "Schedule table (JSON)",
      make: () => file(toJson(scheduleTable(schedule)), "application/json", "json"),
    },
  ];
}

/**
 * The Schedule panel: choose β_1..β_T (a family's sliders, a preset, or drawn by hand) and see what it does
 * to the signal: ᾱ_t, the forward coefficients √ᾱ_t and √(1−ᾱ_t), and log SNR, against a pinned schedule.
 * The arrays are cheap (T ≤ 10000), so they are computed here on the main thread.
 */
export function SchedulePanel() {
  const spec = useApp((s) => s.settings.schedule);
  const compareSpec = useApp((s) => s.settings.compare);
  const t = useApp((s) => s.settings.t);
  const schedule = useMemo(() => makeSchedule(spec), [spec]);
  const compare = useMemo(() => (compareSpec ? makeSchedule(compareSpec) : null), [compareSpec]);
  const exports = useMemo(() => tableExports(schedule), [schedule]);
  /** The timestep under the pointer on a chart; the readouts show it instead of the current t. */
  const [hoverT, setHoverT] = useState<number | null>(null);
  const readT = Math.min(hoverT ?? t, schedule.T);
  return (
    <Panel name="Schedule" exports={exports}>
      <div className="schedule">
        <ScheduleControls />
        <div className="schedule-toolbar">
          <PresetPicker />
          <PinButton />
        </div>
        <ScheduleCharts
          schedule={schedule}
          compare={compare}
          custom={spec.family === "custom"}
          hoverT={hoverT}
          onHover={setHoverT}
        />
        <PinnedLegend />
        <ScheduleNotes spec={spec} schedule={schedule} t={readT} />
      </div>
    </Panel>
  );
}
