import { proxy } from "comlink";
import type { QualityResult } from "../../worker/quality";
import type { SampleProgress, SampleRequest, SampleResult } from "../../worker/sample";
import type { AppState, AppStore, SliceCreator, StoreDeps } from "../store";
import { predictorSpec } from "./predictor-spec";
import { sameParts } from "./same-parts";

/** Points generated from noise per run: enough to see the distribution, few enough for the exact denoiser. */
export const GENERATED_POINTS = 1000;

/** The reverse panel's run: its frames, how far it got, and how good its samples are. */
export interface ReverseState {
  /** "waiting": the predictor is not ready (an MLP not trained yet). */
  readonly status: "waiting" | "running" | "ready";
  readonly progress: SampleProgress | null;
  readonly result: SampleResult | null;
  /** Quality of the finished run's samples against the data set. */
  readonly quality: QualityResult | null;
  /** Why the run cannot start, in words, while waiting. */
  readonly waitingFor: string | null;
}

export interface ReverseSlice {
  readonly reverse: ReverseState;
  /** Runs the reverse process for the current settings (the reactions below call it). */
  runReverse(): Promise<void>;
}

const EMPTY: ReverseState = {
  status: "waiting",
  progress: null,
  result: null,
  quality: null,
  waitingFor: null,
};

export const createReverseSlice =
  ({ client }: StoreDeps): SliceCreator<ReverseSlice> =>
  (set, get) => ({
    reverse: EMPTY,
    runReverse: async () => {
      const state = get();
      const predictor = predictorSpec(state);
      if (typeof predictor === "string") {
        void client.api.cancel("sample");
        set({ reverse: { ...EMPTY, waitingFor: predictor } });
        return;
      }
      const { settings } = state;
      const request: SampleRequest = {
        dataset: settings.dataset,
        schedule: settings.schedule,
        seed: settings.seed,
        predictor,
        sampler: settings.sampler,
        mode:
          settings.reverse.mode === "generate"
            ? { kind: "generate", n: GENERATED_POINTS }
            : { kind: "reconstruct", tStart: settings.reverse.tStart },
      };
      set({ reverse: { ...EMPTY, status: "running" } });
      const onProgress = proxy((progress: SampleProgress) => {
        if (get().reverse.status === "running") set({ reverse: { ...get().reverse, progress } });
      });
      const apply = async (result: SampleResult): Promise<void> => {
        set({ reverse: { ...EMPTY, status: "ready", result } });
        const scored = await client.call("quality", (api) =>
          api.quality({ dataset: request.dataset, seed: request.seed, samples: result.samples }),
        );
        const quality = get().settle("scoring the samples", scored, () => undefined);
        if (quality && get().reverse.result === result) set({ reverse: { ...get().reverse, quality } });
      };
      const called = await client.call("sample", (api) => api.sample(request, onProgress));
      const outcome = get().settle("running the reverse process", called, (again) => {
        if (again.status === "done") void apply(again.value);
      });
      if (outcome?.status === "done") await apply(outcome.value);
    },
  });

/** The settings and model a reverse run depends on. */
const reverseInputs = (s: AppState) =>
  [
    s.settings.schedule,
    s.settings.dataset,
    s.settings.seed,
    s.settings.predictor,
    s.settings.sampler,
    s.settings.reverse,
    s.training.weights,
  ] as const;

/** Reruns the reverse process whenever what it depends on changes (and once at the start). */
export const connectReverse = (store: AppStore): (() => void) =>
  store.subscribe(reverseInputs, () => void store.getState().runReverse(), {
    equalityFn: sameParts,
    fireImmediately: true,
  });
