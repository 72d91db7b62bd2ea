import { useEffect, useState } from "react";
import { makeSchedule, type Schedule, type ScheduleSpec } from "../../core/schedule";
import type { Settings } from "../../state/settings";
import { sameParts } from "../../state/slices/same-parts";
import type { AppStore } from "../../state/store";
import { Tex } from "../math/Tex";
import { Subscripted } from "../schedule/Subscripted";
import { useApp, useAppStore } from "../store-context";
import type { Caption } from "./caption";
import { forwardCaption } from "./forward-caption";
import { reverseCaption } from "./reverse-caption";
import { toggleView } from "./view-actions";

/** The last step's caption and the panel it happened in. */
interface Shown {
  readonly panel: "Forward" | "Reverse";
  readonly caption: Caption;
}

/** Whether two settings differ only in t (a step, not a new setup). */
const onlyTMoved = (a: Settings, b: Settings): boolean =>
  (Object.keys(a) as (keyof Settings)[]).every((key) => key === "t" || a[key] === b[key]);

/** Schedules by spec, so stepping through one schedule builds it once. */
function scheduleCache(): (spec: ScheduleSpec) => Schedule {
  let last: { spec: ScheduleSpec; schedule: Schedule } | null = null;
  return (spec) => {
    if (last?.spec !== spec) last = { spec, schedule: makeSchedule(spec) };
    return last.schedule;
  };
}

/** Follows the store and reports each forward or reverse step's caption; a new setup clears it. */
function watchSteps(store: AppStore, show: (shown: Shown | null) => void): () => void {
  const schedule = scheduleCache();
  const stopForward = store.subscribe(
    (s) => s.settings,
    (settings, previous) => {
      if (!onlyTMoved(settings, previous)) return show(null);
      const caption = forwardCaption(
        schedule(settings.schedule),
        previous.t,
        settings.t,
        settings.forwardNoise,
      );
      if (caption) show({ panel: "Forward", caption });
    },
  );
  const stopReverse = store.subscribe(
    (s) => [s.reverseView.frame, s.reverse.result] as const,
    ([frame, result], [previous, previousResult]) => {
      // A new run starts at its first frame: that is not a step.
      if (!result || result !== previousResult) return;
      const { settings } = store.getState();
      const timesteps = result.trajectory.timesteps;
      const [from, to, start] = [timesteps[previous], timesteps[frame], timesteps[0]];
      if (from === undefined || to === undefined || start === undefined) return;
      const caption = reverseCaption({
        schedule: schedule(settings.schedule),
        sampler: settings.sampler,
        predictor: settings.predictor,
        tStart: start,
        from,
        to,
      });
      if (caption) show({ panel: "Reverse", caption });
    },
    { equalityFn: sameParts },
  );
  return () => {
    stopForward();
    stopReverse();
  };
}

/** Slow motion's caption bar: what the last step just did, large, with its formula and numbers. */
export function SlowCaption() {
  const slow = useApp((s) => s.settings.view.slow);
  return slow ? <CaptionBar /> : null;
}

/** The bar itself; mounted while slow motion is on, so each time it starts with the hint. */
function CaptionBar() {
  const store = useAppStore();
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => watchSteps(store, setShown), [store]);
  return (
    <section className="slow-caption" aria-label="Slow motion" aria-live="polite">
      <span className="slow-badge">{shown ? shown.panel : "Slow motion"}</span>
      {shown ? (
        <p className="slow-text">
          <span className="slow-headline">
            <Subscripted text={shown.caption.headline} />
          </span>
          {shown.caption.formula && (
            <span className="slow-formula">
              <Tex tex={shown.caption.formula.tex} text={shown.caption.formula.text} />
            </span>
          )}
        </p>
      ) : (
        <p className="slow-text slow-hint">
          Press → or ▶ to take one step at a time; each step is explained here.
        </p>
      )}
      <button type="button" className="slow-off" onClick={() => toggleView(store, "slow")}>
        Slow motion off
      </button>
    </section>
  );
}
