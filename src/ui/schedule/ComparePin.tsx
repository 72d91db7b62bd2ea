import { scheduleLength } from "../../state/settings";
import { useApp, useAppStore } from "../store-context";
import { describeSchedule } from "./describe";
import { sameSchedule } from "./presets";

/** Pins the current schedule as a dashed ghost on every chart, or unpins the pinned one. */
export function PinButton() {
  const store = useAppStore();
  const compare = useApp((s) => s.settings.compare);
  const setCompare = (next: typeof compare): void =>
    store.getState().update((s) => ({ ...s, compare: next }), "the pinned comparison schedule");
  return compare === null ? (
    <button
      type="button"
      data-control="schedule.pin"
      title="Keep this schedule as a dashed line on every chart, to compare with the next one"
      onClick={() => setCompare(store.getState().settings.schedule)}
    >
      Pin for comparison
    </button>
  ) : (
    <button
      type="button"
      data-control="schedule.pin"
      onClick={() => setCompare(null)}
      aria-label={`Unpin ${describeSchedule(compare)}`}
    >
      Unpin
    </button>
  );
}

/** The key to the dashed lines: which schedule is pinned, and whether it is stretched to this T. */
export function PinnedLegend() {
  const compare = useApp((s) => s.settings.compare);
  const T = useApp((s) => scheduleLength(s.settings.schedule));
  const same = useApp(
    (s) => s.settings.compare !== null && sameSchedule(s.settings.compare, s.settings.schedule),
  );
  if (compare === null) return null;
  const stretched = scheduleLength(compare) !== T;
  return (
    <p className="pinned-legend">
      <span className="compare-swatch" aria-hidden="true" />
      <span>
        Pinned: {describeSchedule(compare)}
        {same && <span className="dim"> (the same as now)</span>}
        {stretched && <span className="dim"> — drawn stretched to T = {T}</span>}
      </span>
    </p>
  );
}
