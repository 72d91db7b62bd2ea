import { proxy } from "comlink";
import type { MlpJson } from "../../core/nn/mlp";
import { DEFAULT_RECIPE } from "../../core/recipe";
import type { LossCurve, TrainProgress, TrainResult } from "../../worker/train";
import type { Settings } from "../settings";
import type { AppStore, SliceCreator, StoreDeps } from "../store";
import { mlpConfigFor, trainingSettingsFor } from "./model-request";
import { sameParts } from "./same-parts";

/** One point of the training curve. */
export interface LossPoint {
  readonly step: number;
  readonly loss: number;
}

/** Where the MLP's training stands. */
export interface TrainingState {
  readonly status: "untrained" | "training" | "trained";
  /** Steps taken in the current (or last) run, and how many it asked for. */
  readonly step: number;
  readonly totalSteps: number;
  readonly loss: number | null;
  readonly lr: number | null;
  readonly samplesPerSec: number | null;
  /** The smoothed loss after each progress report. */
  readonly history: readonly LossPoint[];
  /** The latest loss per timestep on the held-out batch. */
  readonly lossCurve: LossCurve | null;
  /** The EMA weights the reverse panel samples with; null until a run finishes or is stopped. */
  readonly weights: MlpJson | null;
}

export interface TrainingSlice {
  readonly training: TrainingState;
  /** Trains a fresh, seeded MLP for `steps` steps (so the same settings always give the same model). */
  train(steps?: number): Promise<void>;
  /** Stops training within one chunk, keeping the weights learned so far. */
  stopTraining(): void;
  /** Forgets the model (the settings it was trained for changed, or the user asked). */
  resetModel(): void;
}

const UNTRAINED: TrainingState = {
  status: "untrained",
  step: 0,
  totalSteps: 0,
  loss: null,
  lr: null,
  samplesPerSec: null,
  history: [],
  lossCurve: null,
  weights: null,
};

/** The settings a trained model depends on. */
const modelInputs = (s: Settings) => [s.schedule, s.dataset, s.seed, s.model, s.training] as const;

export const createTrainingSlice =
  ({ client }: StoreDeps): SliceCreator<TrainingSlice> =>
  (set, get) => {
    const patch = (change: Partial<TrainingState>): void =>
      set({ training: { ...get().training, ...change } });
    /** Counts runs, so a run that was reset away cannot report into the next one. */
    let currentRun = 0;
    const finish = (run: number, result: TrainResult): void => {
      if (run === currentRun) patch({ status: "trained", step: result.steps, weights: result.weights });
    };
    return {
      training: UNTRAINED,
      train: async (steps = DEFAULT_RECIPE.training.totalSteps) => {
        const { settings } = get();
        const request = {
          dataset: settings.dataset,
          schedule: settings.schedule,
          seed: settings.seed,
          model: mlpConfigFor(settings),
          training: trainingSettingsFor(settings, steps),
          steps,
        };
        const run = ++currentRun;
        set({ training: { ...UNTRAINED, status: "training", totalSteps: steps } });
        const onProgress = (p: TrainProgress): void => {
          if (run !== currentRun) return;
          patch({
            step: p.step,
            loss: p.loss,
            lr: p.lr,
            samplesPerSec: p.samplesPerSec,
            history: [...get().training.history, { step: p.step, loss: p.loss }],
            ...(p.lossCurve ? { lossCurve: p.lossCurve } : {}),
          });
        };
        const result = await client.call("train", (api) => api.train(request, proxy(onProgress)));
        const outcome = get().settle("training the model", result, (again) =>
          finish(run, again.status === "done" ? again.value : again.partial),
        );
        if (outcome) finish(run, outcome.status === "done" ? outcome.value : outcome.partial);
        else if (result.status === "error" && run === currentRun) patch({ status: "untrained" });
      },
      stopTraining: () => {
        if (get().training.status === "training") void client.api.cancel("train");
      },
      resetModel: () => {
        currentRun += 1;
        if (get().training.status === "training") void client.api.cancel("train");
        set({ training: UNTRAINED });
      },
    };
  };

/** A model trained for other settings is forgotten (and its run stopped) when those settings change. */
export const connectTraining = (store: AppStore): (() => void) =>
  store.subscribe(
    (s) => modelInputs(s.settings),
    () => store.getState().resetModel(),
    {
      equalityFn: sameParts,
    },
  );
