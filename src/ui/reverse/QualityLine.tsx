import { QUALITY_TARGET_RATIO } from "../../core/metrics/quality-report";
import { useApp } from "../store-context";
import { qualityNote, qualityText, undefinedStepsText } from "./reverse-text";

/** A stable empty list, so the selector below does not return a new value on every call. */
const NONE: readonly { t: number; reason: string }[] = [];

/** The readout in full, for the tooltip. */
const EXPLANATION =
  "SW₂ is the sliced Wasserstein distance from the points to held-out data. Two draws of the data are " +
  `never at distance 0: the floor is what fresh data scores, so within ${QUALITY_TARGET_RATIO}× of it is ` +
  "good. Memorized: the share of points closer to a training point than a third of the data's own spacing.";

/**
 * How close the run's points are to the data (sliced Wasserstein to held-out data, on the scale of the
 * data's own floor) and how many sit on a training point, with what the numbers mean; and any reverse
 * steps that could not be taken, in words.
 */
export function QualityLine() {
  const quality = useApp((s) => s.reverse.quality);
  const scoring = useApp((s) => s.reverse.scoring);
  const mode = useApp((s) => s.settings.reverse.mode);
  const undefinedSteps = useApp((s) => s.reverse.result?.trajectory.undefinedSteps ?? NONE);
  const count = useApp((s) =>
    s.reverse.result ? s.reverse.result.samples.length / s.reverse.result.dim : 0,
  );
  const text = quality && qualityText(quality);
  const notes = [quality && qualityNote(quality), undefinedStepsText(undefinedSteps)];
  const cells = [
    ["SW₂", text?.distance],
    ["data floor", text?.floor],
    ["ratio", text?.ratio],
    ["memorized", text?.memorized],
  ] as const;
  return (
    <div
      className="reverse-quality"
      aria-label="Quality of the samples"
      title={EXPLANATION}
      data-control="reverse.quality"
    >
      <dl className="quality-cells">
        {cells.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? (scoring ? "…" : "–")}</dd>
          </div>
        ))}
      </dl>
      <p className="quality-explain">
        <span className="rv-swatch sample" aria-hidden="true" /> {count > 0 ? `${count} ` : ""}
        {mode === "generate" ? "samples" : "points"} vs held-out data; good: ≤ {QUALITY_TARGET_RATIO}× floor
      </p>
      {notes.map(
        (note) =>
          note && (
            <p key={note} className="reverse-warn">
              {note}
            </p>
          ),
      )}
    </div>
  );
}
