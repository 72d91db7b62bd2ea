/** The trained MLP's weights as a file, in the form `Mlp.fromJSON` (and so "Load weights") reads back. */
import type { MlpJson } from "../../core/nn/mlp";
import { fileNameFor } from "./download";
import type { ExportFile } from "./types";

export function weightsFile(weights: MlpJson): ExportFile {
  const { width, depth } = weights.config;
  return {
    blob: new Blob([JSON.stringify(weights)], { type: "application/json" }),
    fileName: fileNameFor(`MLP weights width ${width} depth ${depth}`, "json"),
  };
}
