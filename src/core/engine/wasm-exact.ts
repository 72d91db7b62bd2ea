/**
 * The exact denoiser's inner loop on the SIMD kernels (assembly/exact.ts): the same ExactDenoiser (sorting,
 * pruning window, fallbacks), with each window's softmax-weighted mean computed four data points at a time,
 * by the plane's own kernel for 2-D data.
 */
import type { SortedData, WindowMean, WindowMeanFactory } from "../predictors/exact";
import { WasmHeap } from "./wasm-heap";
import type { WasmModule } from "./webassembly";

/** The kernel reads whole groups of four from lo on, so each column has 3 floats of (zero) slack past its end. */
const GROUP_SLACK = 3;

export function wasmWindowMean(module: WasmModule): WindowMeanFactory {
  return ({ columns, count, dim }: SortedData, logitCutoff: number): WindowMean => {
    const heap = new WasmHeap(module);
    const stride = Math.ceil((count + GROUP_SLACK) / 4) * 4;
    const columnsAt = heap.allocate(dim * stride);
    const queryAt = heap.allocate(dim);
    const anchorAt = heap.allocate(dim);
    // The 2-D kernel keeps three values per data point (d², dx, dy), the general one one.
    const scratchAt = heap.allocate((dim === 2 ? 3 : 1) * stride);
    const offsetAt = heap.allocate(2 * dim);
    // Memory does not grow after this, so the views stay valid.
    const sorted = heap.f32(columnsAt, dim * stride);
    for (let k = 0; k < dim; k++) sorted.set(columns.subarray(k * count, (k + 1) * count), k * stride);
    const query = heap.f32(queryAt, dim);
    const anchor = heap.f32(anchorAt, dim);
    const offset = heap.f64(offsetAt, dim);
    const { posteriorOffset, posteriorOffset2D } = heap.kernels;
    // The kernels weigh in base 2: 2^(sharpness·log₂e·(nearest − d²)), zero below 2^(−cutoff·log₂e).
    const lowest2 = -logitCutoff * Math.LOG2E;
    return (xt, base, lo, hi, signal, sharpness, mean) => {
      const sharpness2 = sharpness * Math.LOG2E;
      for (let k = 0; k < dim; k++) {
        const x = xt[base + k] as number;
        if (!Number.isFinite(x)) return false; // no finite distance: the denoiser falls back to the prior
        // The anchor x_t/√ᾱ in data space (0 if float32 cannot hold it: then the kernel is merely less exact).
        const a = Math.fround(x / signal);
        anchor[k] = Number.isFinite(a) ? a : 0;
        query[k] = x - signal * (anchor[k] as number);
      }
      const found =
        dim === 2
          ? posteriorOffset2D(
              columnsAt,
              stride,
              queryAt,
              anchorAt,
              signal,
              sharpness2,
              lowest2,
              lo,
              hi,
              scratchAt,
              offsetAt,
            )
          : posteriorOffset(
              columnsAt,
              stride,
              dim,
              queryAt,
              anchorAt,
              signal,
              sharpness2,
              lowest2,
              lo,
              hi,
              scratchAt,
              offsetAt,
            );
      if (found === 0) return false;
      // E[x0 | x_t] from E[x_t − √ᾱ·x0 | x_t], in float64.
      for (let k = 0; k < dim; k++) mean[k] = ((xt[base + k] as number) - (offset[k] as number)) / signal;
      return true;
    };
  };
}
