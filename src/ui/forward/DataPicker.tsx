import { useMemo } from "react";
import { MAX_IMAGE_SIZE } from "../../core/data/images";
import { drawnPointsProblem } from "../../state/drawn-points";
import { DATA_CHOICES, type DataChoice } from "../../state/settings";
import { RANGES } from "../../state/settings-schema";
import { shownChoice } from "../../state/slices/data-choice";
import { Select } from "../controls/Select";
import { Slider } from "../controls/Slider";
import { useApp, useAppStore } from "../store-context";

/** The menu's words for each data set. */
const LABELS: Record<DataChoice, string> = {
  moons: "Two moons",
  swiss_roll: "Swiss roll",
  gaussians8: "8 Gaussians",
  circle: "Circle",
  checkerboard: "Checkerboard",
  single_point: "Single point",
  dino: "Dino",
  image: "Dot images",
  drawn: "Draw your own",
};
const OPTIONS = DATA_CHOICES.map((value) => ({ value, label: LABELS[value] }));

/** The drawing's size, and why it cannot travel in a link when it cannot. */
function DrawingStatus() {
  const store = useAppStore();
  const blank = useApp((s) => s.blankDrawing);
  const dataset = useApp((s) => s.settings.dataset);
  const points = !blank && dataset.kind === "drawn" ? dataset.points : null;
  const problem = useMemo(() => points && drawnPointsProblem(points), [points]);
  const count = points ? points.length / 2 : 0;
  return (
    <>
      <div className="drawing-status" data-control="forward.size">
        <span aria-live="polite">
          {count} {count === 1 ? "point" : "points"}
        </span>
        <button type="button" disabled={count === 0} onClick={() => store.getState().clearDrawing()}>
          Clear
        </button>
      </div>
      {problem && (
        <p className="warn" role="status">
          Not in the link: {problem}.
        </p>
      )}
    </>
  );
}

/** The data set, and its size: n points, the image side, or the drawing's point count. */
export function DataPicker() {
  const store = useAppStore();
  const dataset = useApp((s) => s.settings.dataset);
  const blank = useApp((s) => s.blankDrawing);
  const choice = shownChoice(dataset, blank);
  return (
    <div className={choice === "drawn" ? "data-picker drawing" : "data-picker"}>
      <Select
        label="Data"
        value={choice}
        options={OPTIONS}
        onChange={(c) => store.getState().chooseData(c)}
        control="forward.data"
      />
      {choice === "drawn" ? (
        <DrawingStatus />
      ) : dataset.kind === "image" ? (
        <Slider
          label="Size"
          value={dataset.size}
          min={1}
          max={MAX_IMAGE_SIZE}
          format={(size) => `${size}×${size}`}
          control="forward.size"
          onChange={(size) =>
            store.getState().update((s) => ({ ...s, dataset: { ...dataset, size } }), "the image size")
          }
        />
      ) : (
        dataset.kind === "points" && (
          <Slider
            label="n"
            value={dataset.n}
            min={RANGES.n.min}
            max={RANGES.n.max}
            log
            control="forward.size"
            onChange={(n) =>
              store
                .getState()
                .update((s) => ({ ...s, dataset: { ...dataset, n: Math.round(n) } }), "the number of points")
            }
          />
        )
      )}
    </div>
  );
}
