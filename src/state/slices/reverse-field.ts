/** The predicted score field under the reverse panel's points, at the timestep of the frame on show. */
import type { FieldRequest, FieldResult } from "../../worker/field";
import type { AppState, AppStore, StoreDeps } from "../store";
import { predictorInputs, predictorSpec } from "./predictor-spec";
import { sameParts } from "./same-parts";
import { coalesced } from "./coalesced";

/** Arrows per side of the field's grid. */
export const FIELD_GRID = 15;
/** The grid covers [−FIELD_EXTENT, FIELD_EXTENT]²: the point plots' extent. */
export const FIELD_EXTENT = 4.5;

export interface ReverseFieldSlice {
  /**
   * The latest field computed for the current predictor, while the field overlay is on; null when the
   * overlay is off or the predictor is not ready. Its t may lag the frame on show (see shownField).
   */
  readonly reverseField: FieldResult | null;
  /**
   * Recomputes the field. While one computation runs, further requests collapse into one rerun with the
   * newest frame, so playback never queues work up.
   */
  loadField(): Promise<void>;
}

/**
 * The timestep the field is drawn at: the shown frame's, or 1 on the last frame (t = 0, where no noise
 * is left and the score is not defined); null before a run has frames.
 */
export function fieldTimestep(state: AppState): number | null {
  const t = state.reverse.result?.trajectory.timesteps[state.reverseView.frame];
  return t === undefined ? null : Math.max(1, t);
}

/**
 * The field to draw over the frame on show: the one computed at that frame's timestep. While playback runs,
 * the latest field stays up even when it is a frame or two behind, so the arrows do not flicker.
 */
export function shownField(state: AppState): FieldResult | null {
  const field = state.reverseField;
  if (!field || !state.reverseOverlays.field) return null;
  return field.t === fieldTimestep(state) || state.reverseView.playing ? field : null;
}

/** What makes a field belong to the current model: everything it depends on except the timestep. */
const fieldModelInputs = (s: AppState) =>
  [
    s.settings.predictor,
    s.settings.schedule,
    s.settings.dataset,
    s.settings.seed,
    ...predictorInputs(s),
  ] as const;

/** The field part of the reverse slice (it shares the slice's set and get). */
export function createReverseField(
  { client }: StoreDeps,
  set: (partial: Partial<AppState>) => void,
  get: () => AppState,
): ReverseFieldSlice {
  /** The model the field in the store was computed for. */
  let fieldModel: readonly unknown[] = [];
  const computeOnce = async (): Promise<void> => {
    const state = get();
    const t = fieldTimestep(state);
    const predictor = predictorSpec(state);
    const model = fieldModelInputs(state);
    const drawable = t !== null && typeof predictor !== "string" && state.reverseOverlays.field;
    // Another model's arrows must not stay up while this one's compute, nor when there is none to draw.
    if (state.reverseField && (!drawable || !sameParts(model, fieldModel))) set({ reverseField: null });
    if (!drawable) return;
    const { dataset, schedule, seed } = state.settings;
    const request: FieldRequest = {
      dataset,
      schedule,
      seed,
      predictor,
      t,
      extent: FIELD_EXTENT,
      grid: FIELD_GRID,
    };
    const result = await client.call("field", (api) => api.field(request));
    const field = get().settle("computing the score field", result, () => void get().loadField());
    // Dropped if the model changed meanwhile: the rerun that change asked for brings its own field.
    if (field && sameParts(fieldModelInputs(get()), model)) {
      fieldModel = model;
      set({ reverseField: field });
    }
  };
  return {
    reverseField: null,
    loadField: coalesced(computeOnce),
  };
}

/** What the field depends on. */
const fieldInputs = (s: AppState) =>
  [s.reverseOverlays.field, fieldTimestep(s), ...fieldModelInputs(s)] as const;

/**
 * Recomputes the field while it is shown, whenever the frame or the predictor changes; otherwise the
 * call only drops a field that is no longer drawn (cheap: nothing is computed).
 */
export const connectReverseField = (store: AppStore): (() => void) =>
  store.subscribe(
    fieldInputs,
    ([shown]) => void ((shown || store.getState().reverseField) && store.getState().loadField()),
    {
      equalityFn: sameParts,
    },
  );
