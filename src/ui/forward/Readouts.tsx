import { memo, useMemo } from "react";
import { makeSchedule } from "../../core/schedule";
import { Tex } from "../math/Tex";
import { useApp } from "../store-context";
import { readoutsAt, timestepNote } from "./readouts";

/** A readout's symbol; memoized, since the values beside it change every frame of playback. */
const ReadoutSymbol = memo(function ReadoutSymbol({ tex, text }: { tex: string; text: string }) {
  return <Tex tex={tex} text={text} />;
});

/** The schedule's numbers at t, with a sentence when the settings are degenerate there. */
export function Readouts() {
  const spec = useApp((s) => s.settings.schedule);
  const t = useApp((s) => s.settings.t);
  // Cheap (T ≤ 10 000) and only when the schedule changes, so it stays on the main thread.
  const schedule = useMemo(() => makeSchedule(spec), [spec]);
  const shown = Math.min(t, schedule.T);
  const note = timestepNote(schedule, shown);
  return (
    <>
      <dl className="readouts" aria-label="The schedule at the current t" data-control="forward.readouts">
        {readoutsAt(schedule, shown).map((readout) => (
          <div key={readout.symbol}>
            <dt>
              <ReadoutSymbol tex={readout.tex} text={readout.symbol} />
            </dt>
            <dd>
              {readout.value}
              {readout.note && <small> {readout.note}</small>}
            </dd>
          </div>
        ))}
      </dl>
      {note && (
        <p className="degenerate" role="note">
          {note}
        </p>
      )}
    </>
  );
}
