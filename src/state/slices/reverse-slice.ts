import { proxy } from "comlink";
import type { QualityResult } from "../../worker/quality";
import type { SampleProgress, SampleResult } from "../../worker/sample";
import type { AppState, AppStore, SliceCreator, StoreDeps } from "../store";
import { predictorInputs, predictorSpec } from "./predictor-spec";
import { connectReverseField, createReverseField, type ReverseFieldSlice } from "./reverse-field";
import { sampleRequest } from "./reverse-request";
import { sameParts } from "./same-parts";

/** The reverse panel's run: its frames, how far it got, and how good its samples are. */
export interface ReverseState {
  /** "waiting": the predictor is not ready (an MLP not trained yet). */
  readonly status: "waiting" | "running" | "ready";
  readonly progress: SampleProgress | null;
  readonly result: SampleResult | null;
  /** Quality of the finished run's samples against the data set. */
  readonly quality: QualityResult | null;
  /** The finished run's samples are being scored (quality follows). */
  readonly scoring: boolean;
  /** Why the run cannot start, in words, while waiting. */
  readonly waitingFor: string | null;
}

/** Which frame of the run is on show, and whether playback runs (view state: not part of a link). */
export interface ReverseView {
  /** Index into the trajectory's frames (0 = the start, at the highest t). */
  readonly frame: number;
  readonly playing: boolean;
}

/** What is drawn over the points. */
export interface ReverseOverlays {
  /** The data set, faint, for comparison. */
  readonly data: boolean;
  /** x̂_0 predicted at the shown frame. */
  readonly x0: boolean;
  /** The paths of a few points up to the shown frame. */
  readonly trails: boolean;
  /** The predicted score field as arrows. */
  readonly field: boolean;
}

export interface ReverseSlice extends ReverseFieldSlice {
  readonly reverse: ReverseState;
  readonly reverseView: ReverseView;
  readonly reverseOverlays: ReverseOverlays;
  /** Runs the reverse process for the current settings (the reactions below call it). */
  runReverse(): Promise<void>;
  /** Shows one frame (clamped to the run's frames); scrubbing pauses playback. */
  showReverseFrame(frame: number, keepPlaying?: boolean): void;
  setReversePlaying(playing: boolean): void;
  setReverseOverlay(overlay: keyof ReverseOverlays, shown: boolean): void;
}

const EMPTY: ReverseState = {
  status: "waiting",
  progress: null,
  result: null,
  quality: null,
  scoring: false,
  waitingFor: null,
};

/** What the panel says after a run failed (the error itself shows at the top of the page, with Retry). */
export const RUN_FAILED = "the reverse run failed: Retry runs it again";

/** Why the oracle cannot generate, in words. */
export const ORACLE_NEEDS_DATA =
  "the oracle knows the true noise of real data points only: switch to Reconstruct to use it";

export const createReverseSlice =
  (deps: StoreDeps): SliceCreator<ReverseSlice> =>
  (set, get) => {
    const { client } = deps;
    /** Counts runs, so a superseded run's late progress reports are dropped. */
    let currentRun = 0;
    return {
      ...createReverseField(deps, set, get),
      reverse: EMPTY,
      reverseView: { frame: 0, playing: false },
      reverseOverlays: { data: true, x0: false, trails: true, field: false },
      runReverse: async () => {
        const state = get();
        const run = ++currentRun;
        const { settings } = state;
        const predictor =
          settings.predictor === "oracle" && settings.reverse.mode === "generate"
            ? ORACLE_NEEDS_DATA
            : predictorSpec(state);
        if (typeof predictor === "string") {
          void client.api.cancel("sample");
          set({ reverse: { ...EMPTY, waitingFor: predictor }, reverseView: { frame: 0, playing: false } });
          return;
        }
        const request = sampleRequest(settings, predictor);
        set({ reverse: { ...EMPTY, status: "running" } });
        const onProgress = proxy((progress: SampleProgress) => {
          if (run === currentRun && get().reverse.status === "running")
            set({ reverse: { ...get().reverse, progress } });
        });
        /** Whether this run still is the one on show (a newer run, or a predictor gone, replaced it). */
        const current = () => run === currentRun;
        const score = async (result: SampleResult): Promise<void> => {
          set({ reverse: { ...get().reverse, scoring: true } });
          const scored = await client.call("quality", (api) =>
            api.quality({ dataset: request.dataset, seed: request.seed, samples: result.samples }),
          );
          const quality = get().settle("scoring the samples", scored, () => void score(result));
          if (!current() || get().reverse.result !== result) return;
          set({ reverse: { ...get().reverse, scoring: false, ...(quality ? { quality } : {}) } });
        };
        const called = await client.call("sample", (api) => api.sample(request, onProgress));
        const outcome = get().settle("running the reverse process", called, () => void get().runReverse());
        if (!current()) return;
        if (called.status === "error") {
          set({ reverse: { ...EMPTY, waitingFor: RUN_FAILED } });
        } else if (outcome?.status === "done") {
          const result = outcome.value;
          // A new run plays from its start (the panel skips to the end for reduced motion).
          set({ reverse: { ...EMPTY, status: "ready", result }, reverseView: { frame: 0, playing: true } });
          await score(result);
        }
      },
      showReverseFrame: (frame, keepPlaying = false) => {
        const frames = get().reverse.result?.trajectory.frames.length ?? 1;
        const clamped = Math.min(frames - 1, Math.max(0, Math.round(frame)));
        set({ reverseView: { frame: clamped, playing: keepPlaying && get().reverseView.playing } });
      },
      setReversePlaying: (playing) => {
        const { reverse, reverseView } = get();
        const last = (reverse.result?.trajectory.frames.length ?? 1) - 1;
        // Play from the start again once the end is reached.
        const frame = playing && reverseView.frame >= last ? 0 : reverseView.frame;
        set({ reverseView: { frame, playing: playing && last > 0 } });
      },
      setReverseOverlay: (overlay, shown) =>
        set({ reverseOverlays: { ...get().reverseOverlays, [overlay]: shown } }),
    };
  };

/** The settings and model a reverse run depends on. */
const reverseInputs = (s: AppState) =>
  [
    s.settings.schedule,
    s.settings.dataset,
    s.settings.seed,
    s.settings.predictor,
    s.settings.sampler,
    s.settings.reverse,
    ...predictorInputs(s),
  ] as const;

/** Reruns the reverse process whenever what it depends on changes (and once at the start). */
export const connectReverse = (store: AppStore): (() => void) => {
  const stopRuns = store.subscribe(reverseInputs, () => void store.getState().runReverse(), {
    equalityFn: sameParts,
    fireImmediately: true,
  });
  const stopField = connectReverseField(store);
  return () => {
    stopRuns();
    stopField();
  };
};
