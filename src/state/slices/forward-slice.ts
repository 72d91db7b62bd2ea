import type { ForwardResult } from "../../worker/forward";
import type { Outcome } from "../../worker/jobs";
import type { Settings } from "../settings";
import type { AppStore, SliceCreator, StoreDeps } from "../store";
import { sameParts } from "./same-parts";

/** The forward process the forward panel plays, and whether playback runs. */
export interface ForwardSlice {
  /** The current forward run (null until the first one arrives). */
  readonly forward: ForwardResult | null;
  readonly forwardLoading: boolean;
  /** Forward playback runs (not part of a link: a shared view opens paused at its t). */
  readonly playing: boolean;
  setPlaying(playing: boolean): void;
  /** Recomputes the forward process from the settings (the reactions below call it). */
  loadForward(): Promise<void>;
}

/** The settings a forward run depends on. */
const forwardInputs = (s: Settings) => [s.schedule, s.dataset, s.seed, s.forwardNoise] as const;

export const createForwardSlice =
  ({ client }: StoreDeps): SliceCreator<ForwardSlice> =>
  (set, get) => ({
    forward: null,
    forwardLoading: false,
    playing: false,
    setPlaying: (playing) => set({ playing }),
    loadForward: async () => {
      const { schedule, dataset, seed, forwardNoise } = get().settings;
      set({ forwardLoading: true });
      const request = { schedule, dataset, seed, mode: forwardNoise };
      const result = await client.call("forward", (api) => api.forward(request));
      const apply = (outcome: Outcome<ForwardResult>): void => {
        if (outcome.status === "done") set({ forward: outcome.value, forwardLoading: false });
      };
      const outcome = get().settle("computing the forward process", result, apply);
      if (outcome) apply(outcome);
      else if (result.status === "error") set({ forwardLoading: false });
    },
  });

/** Reruns the forward process whenever a setting it depends on changes (and once at the start). */
export const connectForward = (store: AppStore): (() => void) =>
  store.subscribe(
    (s) => forwardInputs(s.settings),
    () => void store.getState().loadForward(),
    {
      equalityFn: sameParts,
      fireImmediately: true,
    },
  );
