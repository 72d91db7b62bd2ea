/**
 * The data set menu's logic, as pure functions: which spec a menu choice means given the current one, and
 * how a pen stroke extends a drawing. Kept out of the component so it is tested in Node.
 */
import type { DatasetSpec } from "../../core/data/datasets";
import { quantizeDrawnPoints } from "../drawn-points";
import {
  datasetChoice,
  datasetSpecFor,
  DEFAULT_IMAGE_SIZE,
  defaultSampleCount,
  type DataChoice,
} from "../settings";
import { RANGES } from "../settings-schema";

/** What picking a menu entry does: a data set, or an empty canvas waiting for the first stroke. */
export type ChoiceOutcome = { readonly dataset: DatasetSpec } | { readonly blank: true };

/**
 * The spec a menu choice means. Moving between point clouds keeps n; moving between points and images
 * takes that kind's usual count (a 2000-image batch is not what anyone meant). "drawn" restores the last
 * drawing of this session, or asks for a blank canvas when there is none: a drawing needs a point.
 */
export function chooseDataset(
  current: DatasetSpec,
  choice: DataChoice,
  lastDrawing: readonly number[],
): ChoiceOutcome {
  if (choice === "drawn") {
    if (current.kind === "drawn") return { dataset: current };
    return lastDrawing.length >= 2 ? { dataset: { kind: "drawn", points: lastDrawing } } : { blank: true };
  }
  const sameKind = current.kind !== "drawn" && (current.kind === "image") === (choice === "image");
  const n = sameKind ? current.n : defaultSampleCount(choice);
  const imageSize = current.kind === "image" ? current.size : DEFAULT_IMAGE_SIZE;
  return { dataset: datasetSpecFor(choice, { n, imageSize, points: [] }) };
}

/** The most points a drawing may hold: as many as a generated data set. */
export const MAX_DRAWING_POINTS = RANGES.n.max;

/**
 * A drawing extended by a stroke (flat x, y pairs), on the link's 1/100 grid so it round-trips through a
 * link exactly; points past MAX_DRAWING_POINTS are dropped.
 */
export function extendDrawing(drawing: readonly number[], stroke: readonly number[]): number[] {
  const room = Math.max(0, 2 * MAX_DRAWING_POINTS - drawing.length);
  return quantizeDrawnPoints([...drawing, ...stroke.slice(0, room - (room % 2))]);
}

/** The menu entry to show: "drawn" while a blank canvas waits for its first stroke. */
export function shownChoice(dataset: DatasetSpec, blank: boolean): DataChoice {
  return blank ? "drawn" : datasetChoice(dataset);
}
