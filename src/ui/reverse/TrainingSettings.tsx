import { ACTIVATION_NAMES } from "../../state/settings";
import { RANGES } from "../../state/settings-schema";
import type { Settings } from "../../state/settings";
import { formatNumber } from "../controls/format";
import { Select } from "../controls/Select";
import { Slider } from "../controls/Slider";
import { useApp, useAppStore } from "../store-context";

const ACTIVATIONS = ACTIVATION_NAMES.map((value) => ({ value, label: value }));

/** A setter for one part of the settings, refused with a notice naming `field` when out of range. */
export function useSetter<K extends "training" | "model" | "sampler">(part: K, field: string) {
  const store = useAppStore();
  return (change: Partial<Settings[K]>) =>
    store.getState().update((s) => ({ ...s, [part]: { ...s[part], ...change } }), field);
}

/** The run's length, learning rate and batch size (every change trains a new model). */
export function TrainingKnobs() {
  const training = useApp((s) => s.settings.training);
  const set = useSetter("training", "the training settings");
  return (
    <>
      <Slider
        label="Train steps"
        log
        value={training.totalSteps}
        min={100}
        max={RANGES.trainSteps.max}
        onChange={(value) => set({ totalSteps: Math.round(value) })}
      />
      <Slider
        label="Learning rate"
        log
        value={training.lr}
        min={1e-4}
        max={RANGES.lr.max}
        format={formatNumber}
        onChange={(value) => set({ lr: value })}
      />
      <Slider
        label="Batch size"
        log
        value={training.batchSize}
        min={8}
        max={1024}
        onChange={(value) => set({ batchSize: Math.round(value) })}
      />
    </>
  );
}

/** The MLP's width, depth and activation. */
export function ModelKnobs() {
  const model = useApp((s) => s.settings.model);
  const set = useSetter("model", "the MLP's shape");
  return (
    <>
      <Slider
        label="Width"
        log
        value={model.width}
        min={4}
        max={256}
        onChange={(value) => set({ width: Math.round(value) })}
      />
      <Slider
        label="Depth"
        value={model.depth}
        min={RANGES.depth.min}
        max={RANGES.depth.max}
        format={(value) => `${value} hidden`}
        onChange={(value) => set({ depth: value })}
      />
      <Select
        label="Activation"
        value={model.activation}
        options={ACTIVATIONS}
        onChange={(value) => set({ activation: value })}
      />
    </>
  );
}
