import type { ForwardResult } from "../../worker/forward";
import type { DataChoice, Settings } from "../settings";
import type { AppStore, SliceCreator, StoreDeps } from "../store";
import { chooseDataset, extendDrawing } from "./data-choice";
import { sameParts } from "./same-parts";

/** The forward process the forward panel plays, whether playback runs, and the drawing pad's state. */
export interface ForwardSlice {
  /** The current forward run (null until the first one arrives). */
  readonly forward: ForwardResult | null;
  readonly forwardLoading: boolean;
  /** Forward playback runs (not part of a link: a shared view opens paused at its t). */
  readonly playing: boolean;
  setPlaying(playing: boolean): void;
  /**
   * "Draw your own" is chosen but nothing is drawn yet (or the drawing was cleared): the plot shows an
   * empty pad while the settings keep the previous data set, since a drawing needs at least one point.
   */
  readonly blankDrawing: boolean;
  /** The drawing of this session, kept when another data set is picked so picking "drawn" restores it. */
  readonly lastDrawing: readonly number[];
  /** Picks a data set from the menu (see chooseDataset). */
  chooseData(choice: DataChoice): void;
  /** Adds a pen stroke (flat x, y pairs in data units) to the drawing, starting one if needed. */
  addStroke(stroke: readonly number[]): void;
  /** Empties the pad; the previous drawing stays the data set until the next stroke. */
  clearDrawing(): void;
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
    blankDrawing: false,
    lastDrawing: [],
    chooseData: (choice) => {
      const { settings, lastDrawing, update } = get();
      const outcome = chooseDataset(settings.dataset, choice, lastDrawing);
      if ("blank" in outcome) {
        set({ blankDrawing: true, playing: false });
        return;
      }
      set({ blankDrawing: false });
      update((s) => ({ ...s, dataset: outcome.dataset }), "the data set");
    },
    addStroke: (stroke) => {
      if (stroke.length < 2) return;
      const { settings, blankDrawing, update } = get();
      const base = !blankDrawing && settings.dataset.kind === "drawn" ? settings.dataset.points : [];
      const points = extendDrawing(base, stroke);
      set({ blankDrawing: false, lastDrawing: points });
      update((s) => ({ ...s, dataset: { kind: "drawn", points } }), "the drawing");
    },
    clearDrawing: () => set({ blankDrawing: true, lastDrawing: [], playing: false }),
    loadForward: async () => {
      const { schedule, dataset, seed, forwardNoise } = get().settings;
      set({ forwardLoading: true });
      const request = { schedule, dataset, seed, mode: forwardNoise };
      const result = await client.call("forward", (api) => api.forward(request));
      const outcome = get().settle("computing the forward process", result, () => void get().loadForward());
      if (outcome?.status === "done") set({ forward: outcome.value, forwardLoading: false });
      else if (result.status === "error") set({ forwardLoading: false });
    },
  });

/**
 * Reruns the forward process whenever a setting it depends on changes (and once at the start). A data set
 * arriving from elsewhere (a link, Reset) ends a blank drawing pad, and a drawing from a link becomes the
 * one "drawn" restores.
 */
export const connectForward = (store: AppStore): (() => void) => {
  const stopRuns = store.subscribe(
    (s) => forwardInputs(s.settings),
    () => void store.getState().loadForward(),
    { equalityFn: sameParts, fireImmediately: true },
  );
  const stopPad = store.subscribe(
    (s) => s.settings.dataset,
    (dataset) =>
      store.setState(
        dataset.kind === "drawn"
          ? { blankDrawing: false, lastDrawing: dataset.points }
          : { blankDrawing: false },
      ),
    { fireImmediately: true },
  );
  return () => {
    stopRuns();
    stopPad();
  };
};
