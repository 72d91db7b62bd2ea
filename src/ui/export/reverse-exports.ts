/**
 * The Reverse panel's exports: an animation of the run, its samples and trajectories as tables, and the
 * MLP's weights (see "Load weights" in the Model tab for the way back).
 */
import { useMemo } from "react";
import type { MlpJson } from "../../core/nn/mlp";
import type { AppStore } from "../../state/store";
import type { SampleResult } from "../../worker/sample";
import { PASS_SECONDS } from "../reverse/reverse-clock";
import { useApp, useAppStore } from "../store-context";
import { recordAnimation, type AnimationSource } from "./animation";
import { fileNameFor } from "./download";
import { tableExports } from "./table-files";
import { pointsTable, trajectoryTable } from "./tables";
import type { DataExport } from "./types";
import { weightsFile } from "./weights";

/** The run's frames, from its start to t = 0, on the panel's canvas. */
function reverseAnimation(store: AppStore, result: SampleResult): AnimationSource {
  const { reverseView } = store.getState();
  const { timesteps, frames } = result.trajectory;
  return {
    count: frames.length,
    seconds: PASS_SECONDS,
    fileName: fileNameFor("reverse process", "webm"),
    show: (index) => store.getState().showReverseFrame(index),
    caption: (index) =>
      `Reverse process: t = ${timesteps[index]} (from ${timesteps[0]} to ${timesteps.at(-1)})`,
    restore: () => {
      store.getState().showReverseFrame(reverseView.frame);
      if (reverseView.playing) store.getState().setReversePlaying(true);
    },
  };
}

function runExports(store: AppStore, result: SampleResult): DataExport[] {
  const { dim, samples, trajectory } = result;
  return [
    {
      label: "Animation of the run (WebM)",
      dialogTitle: "Recording the reverse process",
      make: (job) => recordAnimation(reverseAnimation(store, result), job),
    },
    ...tableExports("Samples", () => ({ table: pointsTable(samples, dim), name: "reverse samples" })),
    ...tableExports("Trajectories", () => ({
      table: trajectoryTable(trajectory.timesteps, trajectory.frames, dim),
      name: "reverse trajectories",
    })),
  ];
}

export function useReverseExports(): readonly DataExport[] {
  const store = useAppStore();
  const result = useApp((s) => s.reverse.result);
  const weights = useApp((s): MlpJson | null => (s.settings.predictor === "mlp" ? s.training.weights : null));
  return useMemo(
    () => [
      ...(result ? runExports(store, result) : []),
      ...(weights ? [{ label: "MLP weights (JSON)", make: () => weightsFile(weights) }] : []),
    ],
    [store, result, weights],
  );
}
