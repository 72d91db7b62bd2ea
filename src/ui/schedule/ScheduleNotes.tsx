import { useMemo } from "react";
import type { Schedule, ScheduleSpec } from "../../core/schedule";
import { useApp } from "../store-context";
import { presetOf } from "./presets";
import { Subscripted } from "./Subscripted";
import { notesAt, scheduleWarnings } from "./warnings";

/** What is infinite or undefined at the t being read: the hovered one, else the current t. */
function NotesAt({ schedule, hoverT }: { schedule: Schedule; hoverT: number | null }) {
  const currentT = useApp((s) => s.settings.t);
  const notes = notesAt(schedule, Math.min(hoverT ?? currentT, schedule.T));
  return notes.map((note) => (
    <p key={note} className="schedule-note">
      <Subscripted text={note} />
    </p>
  ));
}

/**
 * What to look for in a preset (first, so it is in view right after choosing one), warnings about the whole
 * schedule, and what is infinite or undefined at the t being read. Only the first two are announced: the
 * notes at t change with every pointer move.
 */
export function ScheduleNotes({
  spec,
  schedule,
  hoverT,
}: {
  spec: ScheduleSpec;
  schedule: Schedule;
  hoverT: number | null;
}) {
  const preset = presetOf(spec);
  const warnings = useMemo(() => scheduleWarnings(schedule), [schedule]);
  return (
    <div className="schedule-notes" data-control="schedule.notes">
      <div className="schedule-notes" aria-live="polite">
        {preset && (
          <p className="preset-look">
            <strong>{preset.label}.</strong> <Subscripted text={preset.look} />
          </p>
        )}
        {warnings.map((warning) => (
          <p key={warning} className="schedule-warning">
            <Subscripted text={warning} />
          </p>
        ))}
      </div>
      <NotesAt schedule={schedule} hoverT={hoverT} />
    </div>
  );
}
