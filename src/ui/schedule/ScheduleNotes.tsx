import type { Schedule, ScheduleSpec } from "../../core/schedule";
import { presetOf } from "./presets";
import { Subscripted } from "./Subscripted";
import { notesAt, scheduleWarnings } from "./warnings";

/**
 * What to look for in a preset (first, so it is in view right after choosing one), warnings about the whole
 * schedule, and what is infinite or undefined at the t being read. Only the first two are announced: the
 * notes at t change with every pointer move.
 */
export function ScheduleNotes({ spec, schedule, t }: { spec: ScheduleSpec; schedule: Schedule; t: number }) {
  const preset = presetOf(spec);
  const warnings = scheduleWarnings(schedule);
  const notes = notesAt(schedule, t);
  return (
    <div className="schedule-notes">
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
      {notes.map((note) => (
        <p key={note} className="schedule-note">
          <Subscripted text={note} />
        </p>
      ))}
    </div>
  );
}
