import type { EngineName } from "../../core/engine/engine";
import { proxy } from "comlink";
import type { MlpJson } from "../../core/nn/mlp";
import type { LinearTrainProgress, LinearTrainResult } from "../../worker/train-linear";
import type { LossCurve, TrainProgress, TrainResult } from "../../worker/train";
import type { Settings } from "../settings";
import type { AppStore, SliceCreator, StoreDeps } from "../store";
import { dataDim, mlpConfigFor, trainingSettingsFor } from "./model-request";
import { sameParts } from "./same-parts";
import { parseWeightsFile } from "./weights-file";

/** One point of the training curve. */
export interface LossPoint {
  readonly step: number;
  readonly loss: number;
}

/** Where the MLP's training stands. */
export interface TrainingState {
  readonly status: "untrained" | "training" | "trained";
  /**
   * The user stopped the run before its last step: the status is "trained" at once, and `weights` (what
   * was learned so far) follow within one chunk of the worker.
   */
  readonly stopped: boolean;
  /** Steps taken in the current (or last) run, and how many it asked for. */
  readonly step: number;
  readonly totalSteps: number;
  readonly loss: number | null;
  readonly lr: number | null;
  readonly samplesPerSec: number | null;
  /** The engine the worker trains with ("wasm-simd", or the "typescript" fallback), once it has reported. */
  readonly engine: EngineName | null;
  /** The smoothed loss after each progress report. */
  readonly history: readonly LossPoint[];
  /** The latest loss per timestep on the held-out batch. */
  readonly lossCurve: LossCurve | null;
  /** The EMA weights the reverse panel samples with; null until a run finishes or is stopped. */
  readonly weights: MlpJson | null;
  /** The weights came from a file (importWeights), not from a run here. */
  readonly imported?: boolean;
}

/** Whether a weights file was taken, or why not (in words). */
export type WeightsImport =
  { readonly imported: true } | { readonly imported: false; readonly reason: string };

/** Where the linear model of the training-step exercise stands (trained by plain SGD, W from 0). */
export interface LinearModelState {
  readonly status: "untrained" | "training" | "trained";
  readonly step: number;
  readonly totalSteps: number;
  /** The mean loss of the latest steps. */
  readonly loss: number | null;
  /** W, (dim + 1)×dim row-major; null while untrained (W = 0). */
  readonly weights: readonly number[] | null;
  /** The step at which SGD diverged (training stopped there), or null. */
  readonly divergedAt: number | null;
}

export interface TrainingSlice {
  readonly training: TrainingState;
  readonly linearModel: LinearModelState;
  /**
   * Trains a fresh, seeded MLP for `steps` steps (the settings' run length by default), so the same
   * settings always give the same model.
   */
  train(steps?: number): Promise<void>;
  /** Trains the linear model from W = 0 for the settings' run length. */
  trainLinear(): Promise<void>;
  /** Stops whatever is training at once, keeping the weights learned so far. */
  stopTraining(): void;
  /**
   * Forgets a model, stopping its run: `model` alone (the user cleared it), or both when no model is named
   * (the settings they were trained for changed).
   */
  resetModel(model?: "mlp" | "linear"): void;
  /**
   * Takes MLP weights from the text of a file (see parseWeightsFile): any run stops, the model counts as
   * trained and the predictor becomes the MLP, so the reverse panel samples with it.
   */
  importWeights(text: string): WeightsImport;
}

const UNTRAINED: TrainingState = {
  status: "untrained",
  stopped: false,
  step: 0,
  totalSteps: 0,
  loss: null,
  lr: null,
  samplesPerSec: null,
  engine: null,
  history: [],
  lossCurve: null,
  weights: null,
};

const LINEAR_UNTRAINED: LinearModelState = {
  status: "untrained",
  step: 0,
  totalSteps: 0,
  loss: null,
  weights: null,
  divergedAt: null,
};

/** The settings a trained model depends on. */
const modelInputs = (s: Settings) => [s.schedule, s.dataset, s.seed, s.model, s.training] as const;

export const createTrainingSlice =
  ({ client }: StoreDeps): SliceCreator<TrainingSlice> =>
  (set, get) => {
    const patch = (change: Partial<TrainingState>): void =>
      set({ training: { ...get().training, ...change } });
    const patchLinear = (change: Partial<LinearModelState>): void =>
      set({ linearModel: { ...get().linearModel, ...change } });
    /** Counts runs, so a run that was reset away cannot report into the next one. */
    let currentRun = 0;
    /** The run the user stopped: its late progress reports are dropped, its weights still kept. */
    let stoppedRun = -1;
    let linearRun = 0;
    const finish = (run: number, result: TrainResult): void => {
      if (run !== currentRun) return;
      const stopped = result.steps < get().training.totalSteps;
      patch({ status: "trained", stopped, step: result.steps, weights: result.weights });
    };
    const finishLinear = (run: number, result: LinearTrainResult): void => {
      if (run !== linearRun) return;
      const { steps, loss, weights, divergedAt } = result;
      patchLinear({ status: "trained", step: steps, loss, weights, divergedAt });
    };
    return {
      training: UNTRAINED,
      linearModel: LINEAR_UNTRAINED,
      train: async (steps = get().settings.training.totalSteps) => {
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
          if (run !== currentRun || run === stoppedRun) return;
          patch({
            step: p.step,
            loss: p.loss,
            lr: p.lr,
            samplesPerSec: p.samplesPerSec,
            engine: p.engine,
            history: [...get().training.history, { step: p.step, loss: p.loss }],
            ...(p.lossCurve ? { lossCurve: p.lossCurve } : {}),
          });
        };
        const result = await client.call("train", (api) => api.train(request, proxy(onProgress)));
        const outcome = get().settle("training the model", result, () => void get().train(steps));
        if (outcome) finish(run, outcome.status === "done" ? outcome.value : outcome.partial);
        else if (result.status === "error" && run === currentRun) patch({ status: "untrained" });
      },
      trainLinear: async () => {
        const { dataset, schedule, seed, training } = get().settings;
        const { batchSize, lr, totalSteps: steps } = training;
        const run = ++linearRun;
        set({ linearModel: { ...LINEAR_UNTRAINED, status: "training", totalSteps: steps } });
        const onProgress = (p: LinearTrainProgress): void => {
          if (run === linearRun && get().linearModel.status === "training")
            patchLinear({ step: p.step, loss: p.loss });
        };
        const request = { dataset, schedule, seed, training: { batchSize, lr }, steps };
        const result = await client.call("trainLinear", (api) => api.trainLinear(request, proxy(onProgress)));
        const outcome = get().settle("training the linear model", result, () => void get().trainLinear());
        if (outcome) finishLinear(run, outcome.status === "done" ? outcome.value : outcome.partial);
        else if (result.status === "error" && run === linearRun) patchLinear({ status: "untrained" });
      },
      stopTraining: () => {
        if (get().training.status === "training") {
          stoppedRun = currentRun;
          patch({ status: "trained", stopped: true });
          void client.api.cancel("train");
        }
        if (get().linearModel.status === "training") {
          patchLinear({ status: "trained" });
          void client.api.cancel("trainLinear");
        }
      },
      resetModel: (model) => {
        if (model !== "linear") {
          currentRun += 1;
          if (get().training.status === "training") void client.api.cancel("train");
          set({ training: UNTRAINED });
        }
        if (model !== "mlp") {
          linearRun += 1;
          if (get().linearModel.status === "training") void client.api.cancel("trainLinear");
          set({ linearModel: LINEAR_UNTRAINED });
        }
      },
      importWeights: (text) => {
        let weights: MlpJson;
        try {
          weights = parseWeightsFile(text, dataDim(get().settings));
        } catch (error) {
          return { imported: false, reason: error instanceof Error ? error.message : String(error) };
        }
        currentRun += 1;
        if (get().training.status === "training") void client.api.cancel("train");
        // Trained first, so choosing the MLP below finds a model and does not start training one.
        set({ training: { ...UNTRAINED, status: "trained", weights, imported: true } });
        if (get().settings.predictor !== "mlp")
          get().update((s) => ({ ...s, predictor: "mlp" }), "the predictor");
        return { imported: true };
      },
    };
  };

/**
 * Trains the chosen predictor's model when it has none and is not training: at the start and whenever
 * the settings change, so a link retrains exactly its model (training is seeded). A model the user reset
 * waits for "Train".
 */
function trainIfUntrained(store: AppStore): void {
  const state = store.getState();
  const { predictor } = state.settings;
  if (predictor === "mlp" && state.training.status === "untrained") void state.train();
  if (predictor === "linear" && state.linearModel.status === "untrained") void state.trainLinear();
}

/**
 * A model trained for other settings is forgotten (and its run stopped) when those settings change. With
 * `autoTrain` (the page), the chosen predictor's model is then retrained (see trainIfUntrained).
 */
export const connectTraining = (store: AppStore, autoTrain = false): (() => void) => {
  const stopForgetting = store.subscribe(
    (s) => modelInputs(s.settings),
    () => store.getState().resetModel(),
    { equalityFn: sameParts },
  );
  if (!autoTrain) return stopForgetting;
  // Subscribed after the reset above, so a change first forgets the old model, then trains the new one.
  const stopTraining = store.subscribe(
    (s) => [s.settings.predictor, ...modelInputs(s.settings)],
    () => trainIfUntrained(store),
    { equalityFn: sameParts, fireImmediately: true },
  );
  return () => {
    stopForgetting();
    stopTraining();
  };
};
