/** The predicted score field under the reverse panel's points, at the timestep of the frame on show. */
import type { FieldRequest, FieldResult } from "../../worker/field";
import type { AppState, AppStore, StoreDeps } from "../store";
import { predictorInputs, predictorSpec } from "./predictor-spec";
import { sameParts } from "./same-parts";

/** Arrows per side of the field's grid. */
export const FIELD_GRID = 15;
/** The grid covers [−FIELD_EXTENT, FIELD_EXTENT]²: the point plots' extent. */
export const FIELD_EXTENT = 4.5;

export interface ReverseFieldSlice {
  /** The field at the shown frame's timestep (the latest computed), while the field overlay is on. */
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

/** The field part of the reverse slice (it shares the slice's set and get). */
export function createReverseField(
  { client }: StoreDeps,
  set: (partial: Partial<AppState>) => void,
  get: () => AppState,
): ReverseFieldSlice {
  let running = false;
  let rerun = false;
  const computeOnce = async (): Promise<void> => {
    const state = get();
    const t = fieldTimestep(state);
    const predictor = predictorSpec(state);
    if (t === null || typeof predictor === "string" || !state.reverseOverlays.field) return;
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
    if (field) set({ reverseField: field });
  };
  return {
    reverseField: null,
    loadField: async () => {
      if (running) {
        rerun = true;
        return;
      }
      running = true;
      try {
        do {
          rerun = false;
          await computeOnce();
        } while (rerun);
      } finally {
        running = false;
      }
    },
  };
}

/** What the field depends on. */
const fieldInputs = (s: AppState) =>
  [
    s.reverseOverlays.field,
    fieldTimestep(s),
    s.settings.predictor,
    s.settings.schedule,
    s.settings.dataset,
    s.settings.seed,
    ...predictorInputs(s),
  ] as const;

/** Recomputes the field while it is shown, whenever the frame or the predictor changes. */
export const connectReverseField = (store: AppStore): (() => void) =>
  store.subscribe(fieldInputs, ([shown]) => void (shown && store.getState().loadField()), {
    equalityFn: sameParts,
  });
