import { isUndefined } from "../../core/maybe";
import type { LossReadout, LossReadoutRequest } from "../../worker/loss-readout";
import type { AppState, AppStore, SliceCreator, StoreDeps } from "../store";
import { predictorInputs, predictorSpec } from "./predictor-spec";
import { sameParts } from "./same-parts";
import { coalesced } from "./coalesced";

/** The Loss panel's readouts at the current t. */
export interface LossReadoutState {
  /** "waiting": the predictor is not ready (an MLP not trained yet). */
  readonly status: "waiting" | "ready";
  /** The latest readout (kept while the next one computes, so numbers do not blink). */
  readonly readout: LossReadout | null;
  /** Why there are no readouts, in words, while waiting. */
  readonly waitingFor: string | null;
}

export interface LossSlice {
  readonly lossReadout: LossReadoutState;
  /**
   * Recomputes the readouts for the current settings. While one computation runs, further requests
   * collapse into one rerun with the newest settings, so scrubbing or playing t never queues work up.
   */
  loadLossReadout(): Promise<void>;
}

/**
 * Pause between a readout and the next one that settings changed meanwhile: readouts with the exact
 * denoiser take tens of milliseconds, and while t plays they would otherwise keep the worker busy and slow
 * down training and sampling.
 */
export const READOUT_PAUSE_MS = 120;

const NONE: LossReadoutState = { status: "waiting", readout: null, waitingFor: null };

export const createLossSlice =
  ({ client }: StoreDeps): SliceCreator<LossSlice> =>
  (set, get) => {
    const apply = (readout: LossReadout, timed: boolean): void => {
      const last = get().lossReadout.readout;
      const comparable = !isUndefined(readout.meanLoss) && !isUndefined(readout.weightedNoiseLoss);
      // Untimed while t plays: the last timings stand (one pass costs the same at every t).
      const shown =
        timed || !last || !comparable
          ? readout
          : { ...readout, meanLossMicros: last.meanLossMicros, noiseLossMicros: last.noiseLossMicros };
      set({ lossReadout: { status: "ready", readout: shown, waitingFor: null } });
    };
    const computeOnce = async (): Promise<void> => {
      const state = get();
      const predictor = predictorSpec(state);
      if (typeof predictor === "string") {
        set({ lossReadout: { ...NONE, waitingFor: predictor } });
        return;
      }
      const { settings } = state;
      const request: LossReadoutRequest = {
        dataset: settings.dataset,
        schedule: settings.schedule,
        seed: settings.seed,
        predictor,
        t: settings.t,
        variance: settings.sampler.variance,
        // The timing loops take tens of milliseconds: not on every frame while the forward process plays
        // (once there are timings to keep).
        timed: !state.playing || state.lossReadout.readout?.meanLossMicros == null,
      };
      const result = await client.call("lossReadout", (api) => api.lossReadout(request));
      const readout = get().settle("computing the loss readouts", result, () => void get().loadLossReadout());
      if (readout) apply(readout, request.timed !== false);
    };
    return {
      lossReadout: NONE,
      loadLossReadout: coalesced(computeOnce, READOUT_PAUSE_MS),
    };
  };

/** What the readouts depend on (playback too: the readout when it stops is timed again). */
const lossInputs = (s: AppState) =>
  [
    s.settings.t,
    s.playing,
    s.settings.schedule,
    s.settings.dataset,
    s.settings.seed,
    s.settings.predictor,
    s.settings.sampler.variance,
    ...predictorInputs(s),
  ] as const;

/** Recomputes the readouts whenever what they depend on changes (and once at the start). */
export const connectLoss = (store: AppStore): (() => void) =>
  store.subscribe(lossInputs, () => void store.getState().loadLossReadout(), {
    equalityFn: sameParts,
    fireImmediately: true,
  });
