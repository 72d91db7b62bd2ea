/**
 * How the SIMD engine lays a network out in WebAssembly memory. The kernels compute 4-row × 8-column
 * tiles with no edge cases, so every width is padded to a multiple of 8 (features, hidden units, the
 * output) and every batch to a multiple of 4 rows. Padding weights and biases are zero and stay zero
 * (their gradients are zero, so Adam and the EMA leave them there), padded hidden units output f(0) = 0,
 * and padded rows get a zero loss gradient: the padded network computes exactly the unpadded one.
 */
import type { ActivationName } from "../nn/activations";
import { layerShapes, parameterCount, type MlpConfig } from "../nn/config";
import { embeddingWidth } from "../nn/embedding";

/** The kernels' tile: columns per tile (two f32x4 vectors) and rows per tile. */
const COLUMN_MULTIPLE = 8;
const ROW_MULTIPLE = 4;

const padColumns = (count: number): number => Math.ceil(count / COLUMN_MULTIPLE) * COLUMN_MULTIPLE;
export const padRows = (count: number): number => Math.ceil(count / ROW_MULTIPLE) * ROW_MULTIPLE;

/** The activation codes of assembly/activations.ts; 0 is the identity of the output layer. */
export const IDENTITY_CODE = 0;
export const ACTIVATION_CODES: Record<ActivationName, number> = { relu: 1, gelu: 2, silu: 3 };

/** One linear layer in the padded parameter buffer; offsets count floats. */
export interface PaddedLayer {
  readonly inDim: number;
  readonly outDim: number;
  readonly paddedIn: number;
  readonly paddedOut: number;
  /** paddedIn×paddedOut row-major. */
  readonly weightOffset: number;
  readonly biasOffset: number;
}

export interface PaddedLayout {
  readonly layers: readonly PaddedLayer[];
  /** Floats in the padded parameter buffer (a multiple of 8). */
  readonly size: number;
  /** Floats in Mlp's flat buffer. */
  readonly flatSize: number;
  /** Padded widths of a row of features, of hidden units and of the output. */
  readonly featureStride: number;
  readonly hiddenStride: number;
  readonly outputStride: number;
}

export function paddedLayout(config: MlpConfig): PaddedLayout {
  let offset = 0;
  const layers = layerShapes(config).map(({ inDim, outDim }) => {
    const paddedIn = padColumns(inDim);
    const paddedOut = padColumns(outDim);
    const layer = {
      inDim,
      outDim,
      paddedIn,
      paddedOut,
      weightOffset: offset,
      biasOffset: offset + paddedIn * paddedOut,
    };
    offset = layer.biasOffset + paddedOut;
    return layer;
  });
  return {
    layers,
    size: offset,
    flatSize: parameterCount(config),
    featureStride: padColumns(embeddingWidth(config)),
    hiddenStride: padColumns(config.width),
    outputStride: padColumns(config.inputDim),
  };
}

/** Copies parameters (or gradients) from Mlp's flat layout into the padded one; padding is left as it is. */
export function padParameters(layout: PaddedLayout, flat: Float32Array, padded: Float32Array): void {
  forEachRow(layout, (flatAt, paddedAt, length) =>
    padded.set(flat.subarray(flatAt, flatAt + length), paddedAt),
  );
}

/** Copies parameters (or gradients) from the padded layout back into Mlp's flat one. */
export function unpadParameters(layout: PaddedLayout, padded: Float32Array, flat: Float32Array): void {
  forEachRow(layout, (flatAt, paddedAt, length) =>
    flat.set(padded.subarray(paddedAt, paddedAt + length), flatAt),
  );
}

/** Visits every weight row and every bias as (offset in the flat layout, offset in the padded one, length). */
function forEachRow(
  layout: PaddedLayout,
  visit: (flatAt: number, paddedAt: number, length: number) => void,
): void {
  let flatAt = 0;
  for (const { inDim, outDim, paddedOut, weightOffset, biasOffset } of layout.layers) {
    for (let i = 0; i < inDim; i++, flatAt += outDim) visit(flatAt, weightOffset + i * paddedOut, outDim);
    visit(flatAt, biasOffset, outDim);
    flatAt += outDim;
  }
}
