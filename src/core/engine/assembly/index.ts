/**
 * The SIMD engine's WebAssembly module: kernels over raw memory that the TypeScript side
 * (src/core/engine/) lays out once per network and drives; nothing here allocates.
 */
export { linearForward, linearInputGrad, linearWeightGrad } from "./gemm";
export { configureEmbedding, embed } from "./embedding";
export {
  adamUpdate,
  columnSums,
  emaUpdate,
  lossGradient,
  sgdUpdate,
  sumOfSquares,
  transpose,
} from "./training";
export { posteriorOffset, posteriorOffset2D } from "./exact";

/** Where free memory starts: the TypeScript side places its buffers from here on. */
export function heapBase(): usize {
  return __heap_base;
}
