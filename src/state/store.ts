/**
 * The one app store, built from typed slices (zustand's slices pattern). Each slice owns its state, its
 * actions, and the reactions that keep its results in step with the settings (`connect…`). The store talks
 * to the worker only through a CoreClient, so tests hand it a worker stand-in running in the same thread.
 *
 * Components select single values (`useApp(s => s.settings.t)`); canvases that redraw every frame subscribe
 * to the store directly (`store.subscribe(selector, draw)`), so playback does not re-render React.
 */
import { subscribeWithSelector } from "zustand/middleware";
import { createStore, type StateCreator, type StoreApi } from "zustand/vanilla";
import type { CoreClient } from "../worker/client";
import { createCalculatorSlice, type CalculatorSlice } from "./slices/calculator-slice";
import { connectForward, createForwardSlice, type ForwardSlice } from "./slices/forward-slice";
import { createFaultSlice, type FaultSlice } from "./slices/fault-slice";
import { connectLoss, createLossSlice, type LossSlice } from "./slices/loss-slice";
import { connectReverse, createReverseSlice, type ReverseSlice } from "./slices/reverse-slice";
import { createSettingsSlice, type SettingsSlice } from "./slices/settings-slice";
import { connectTraining, createTrainingSlice, type TrainingSlice } from "./slices/training-slice";
import type { Settings } from "./settings";

/** Everything the page knows: the settings (mirrored by the URL) and what the worker computed from them. */
export type AppState = SettingsSlice &
  FaultSlice &
  ForwardSlice &
  TrainingSlice &
  ReverseSlice &
  LossSlice &
  CalculatorSlice;

/** A store with selector subscriptions: `subscribe(selector, listener, { equalityFn })`. */
export type AppStore = StoreApi<AppState> & {
  subscribe: {
    (listener: (state: AppState, previous: AppState) => void): () => void;
    <U>(
      selector: (state: AppState) => U,
      listener: (selected: U, previous: U) => void,
      options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
    ): () => void;
  };
};

/** How a slice is written: it sees the whole store and returns its own part. */
export type SliceCreator<Slice> = StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  Slice
>;

/** The worker client of a store, for slices that call the worker. */
export interface StoreDeps {
  readonly client: CoreClient;
  /** Train the chosen predictor's model whenever it has none (the page does; unit tests may leave it off). */
  readonly autoTrain?: boolean;
}

/**
 * Creates the store, starting from `initial` settings, and connects the slices' reactions (which start
 * the first forward run). Call `dispose` to stop the reactions (tests do).
 */
export function createAppStore(
  deps: StoreDeps,
  initial?: Settings,
): { store: AppStore; dispose: () => void } {
  const store = createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createSettingsSlice(initial)(...a),
      ...createFaultSlice(...a),
      ...createForwardSlice(deps)(...a),
      ...createTrainingSlice(deps)(...a),
      ...createReverseSlice(deps)(...a),
      ...createLossSlice(deps)(...a),
      ...createCalculatorSlice(deps)(...a),
    })),
  ) as AppStore;
  const disconnects = [
    connectForward(store),
    connectTraining(store, deps.autoTrain),
    connectReverse(store),
    connectLoss(store),
  ];
  return { store, dispose: () => disconnects.forEach((disconnect) => disconnect()) };
}
