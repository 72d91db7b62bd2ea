/**
 * Reading MLP weights from a file the user picked: the text of a JSON file as `Mlp.toJSON` writes it (the
 * Export menu's "MLP weights"). Anything else is refused with a reason a reader can act on; the core's
 * `Mlp.fromJSON` does the checking of the config and every parameter.
 */
import { parameterCount, validateMlpConfig } from "../../core/nn/config";
import { Mlp, type MlpJson } from "../../core/nn/mlp";

/** A weights file larger than this is not ours (the reference net's weights take about 1.5 MB). */
export const MAX_WEIGHTS_FILE_CHARS = 64 * 1024 * 1024;

/** Values per point in words: "2 values per point (points in the plane)". */
function describeDim(dim: number): string {
  const side = Math.round(Math.sqrt(dim));
  const kind = dim === 2 ? "points in the plane" : side * side === dim ? `${side}×${side} images` : null;
  return `${dim} values per point${kind ? ` (${kind})` : ""}`;
}

/**
 * The weights a file holds, checked by the core and against the data on show (`dim` values per point);
 * throws an Error whose message says in words what is wrong.
 */
export function parseWeightsFile(text: string, dim: number): MlpJson {
  if (text.length > MAX_WEIGHTS_FILE_CHARS) {
    throw new Error("the file is too large to be MLP weights from this app");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error("the file is not JSON; choose a weights file saved from this app", { cause: error });
  }
  let mlp: Mlp;
  try {
    // A config promising far more parameters than the file holds is refused before any memory is taken.
    const { config, params } = (json ?? {}) as Partial<Record<string, unknown>>;
    const needed = parameterCount(validateMlpConfig(config));
    if (!Array.isArray(params) || params.length !== needed) {
      throw new Error(
        `the config needs ${needed} parameters, the file has ${Array.isArray(params) ? params.length : "none"}`,
      );
    }
    mlp = Mlp.fromJSON(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`the file does not hold MLP weights from this app (${detail})`, { cause: error });
  }
  const { inputDim } = mlp.config;
  if (inputDim !== dim) {
    throw new Error(
      `these weights are for data with ${describeDim(inputDim)}, but the data on show has ` +
        `${describeDim(dim)}: pick matching data first`,
    );
  }
  return mlp.toJSON();
}
