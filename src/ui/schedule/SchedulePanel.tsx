import { useMemo, useState } from "react";
import { makeSchedule, type Schedule, type ScheduleSpec } from "../../core/schedule";
import { tableExports } from "../export/table-files";
import { scheduleTable } from "../export/tables";
import { Panel } from "../Panel";
import { useApp } from "../store-context";
import { PinButton, PinnedLegend } from "./ComparePin";
import { PresetPicker } from "./PresetPicker";
import { ScheduleCharts } from "./ScheduleCharts";
import { ScheduleControls } from "./ScheduleControls";
import { ScheduleNotes } from "./ScheduleNotes";
import "./schedule.css";

/**
 * The Schedule panel: choose β_1..β_T (a family's sliders, a preset, or drawn by hand) and see what it does
 * to the signal: ᾱ_t, the forward coefficients √ᾱ_t and √(1−ᾱ_t), and log SNR, against a pinned schedule.
 * The arrays are cheap (T ≤ 10000), so they are computed here on the main thread. The panel does not read
 * t: only the marks and readouts of t do, so playback does not re-render the controls and charts.
 */
export function SchedulePanel() {
  const spec = useApp((s) => s.settings.schedule);
  const compareSpec = useApp((s) => s.settings.compare);
  const schedule = useMemo(() => makeSchedule(spec), [spec]);
  const compare = useMemo(() => (compareSpec ? makeSchedule(compareSpec) : null), [compareSpec]);
  // The schedule's numbers, one row per t, as files for a notebook or a slide.
  const exports = useMemo(
    () => tableExports("Schedule table", () => ({ table: scheduleTable(schedule), name: "schedule" })),
    [schedule],
  );
  return (
    <Panel name="Schedule" exports={exports}>
      <div className="schedule">
        <ScheduleControls />
        <div className="schedule-toolbar">
          <PresetPicker />
          <PinButton />
        </div>
        <ChartsAndNotes spec={spec} schedule={schedule} compare={compare} />
      </div>
    </Panel>
  );
}

/** The charts and the notes, which share the hovered t: kept here, so hovering re-renders only them. */
function ChartsAndNotes({
  spec,
  schedule,
  compare,
}: {
  spec: ScheduleSpec;
  schedule: Schedule;
  compare: Schedule | null;
}) {
  /** The timestep under the pointer on a chart; the readouts show it instead of the current t. */
  const [hoverT, setHoverT] = useState<number | null>(null);
  return (
    <>
      <ScheduleCharts
        schedule={schedule}
        compare={compare}
        custom={spec.family === "custom"}
        hoverT={hoverT}
        onHover={setHoverT}
      />
      <PinnedLegend />
      <ScheduleNotes spec={spec} schedule={schedule} hoverT={hoverT} />
    </>
  );
}
