/**
 * One instance of the engine's module, with its kernels typed and a bump allocator over its memory. Each
 * network or denoiser owns an instance, lays its buffers out once and reuses them, so steady training
 * allocates nothing; an instance is freed with the object that owns it.
 */
import { PAGE_BYTES, webAssembly, type WasmMemory, type WasmModule } from "./webassembly";

/** The exports of assembly/index.ts. Addresses are byte offsets into `memory`. */
export interface EngineKernels {
  readonly memory: WasmMemory;
  heapBase(): number;
  linearForward(
    x: number,
    w: number,
    bias: number,
    h: number,
    deriv: number,
    rows: number,
    inDim: number,
    outDim: number,
    activation: number,
    residual: boolean,
  ): void;
  linearWeightGrad(x: number, dz: number, dw: number, rows: number, inDim: number, outDim: number): void;
  linearInputGrad(
    dz: number,
    wT: number,
    dh: number,
    deriv: number,
    nextGrad: number,
    rows: number,
    inDim: number,
    outDim: number,
    accumulate: boolean,
  ): void;
  configureEmbedding(
    inputDim: number,
    xFreqs: number,
    xHalf: number,
    xScale: number,
    xRaw: boolean,
    tFreqs: number,
    tHalf: number,
    tScale: number,
  ): void;
  embed(x: number, t: number, n: number, paddedRows: number, out: number, stride: number): void;
  lossGradient(
    output: number,
    target: number,
    gradOut: number,
    n: number,
    paddedRows: number,
    d: number,
    outStride: number,
  ): number;
  columnSums(dz: number, db: number, rows: number, cols: number): void;
  transpose(w: number, wT: number, rows: number, cols: number): void;
  sumOfSquares(g: number, length: number): number;
  adamUpdate(
    params: number,
    grads: number,
    m: number,
    v: number,
    length: number,
    gradScale: number,
    beta1: number,
    beta2: number,
    stepSize: number,
    rootCorrection2: number,
    eps: number,
  ): void;
  sgdUpdate(params: number, grads: number, length: number, lr: number, gradScale: number): void;
  emaUpdate(ema: number, params: number, length: number, decay: number): void;
  posteriorOffset(
    columns: number,
    stride: number,
    dim: number,
    query: number,
    anchor: number,
    signal: number,
    sharpness2: number,
    lowest2: number,
    lo: number,
    hi: number,
    scratch: number,
    out: number,
  ): number;
  posteriorOffset2D(
    columns: number,
    stride: number,
    query: number,
    anchor: number,
    signal: number,
    sharpness2: number,
    lowest2: number,
    lo: number,
    hi: number,
    scratch: number,
    out: number,
  ): number;
}

/** Buffers start on 16-byte boundaries, so f32x4 loads of a row never straddle two. */
const ALIGNMENT = 16;

export class WasmHeap {
  readonly kernels: EngineKernels;
  readonly module: WasmModule;
  /** The first free byte. */
  private top: number;

  constructor(module: WasmModule) {
    if (!webAssembly) throw new Error("this JavaScript engine has no WebAssembly");
    this.module = module;
    this.kernels = new webAssembly.Instance(module, {}).exports as EngineKernels;
    this.top = align(this.kernels.heapBase());
  }

  /**
   * Reserves `count` 4-byte values (float32 or int32) and returns their byte address. Fresh memory is
   * zero (memory only grows and nothing is handed out twice), which the padded layout relies on.
   * Growing the memory detaches every view made before: take views after allocating, or re-take them.
   */
  allocate(count: number): number {
    const address = this.top;
    this.top = align(address + 4 * count);
    const { memory } = this.kernels;
    const missing = this.top - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE_BYTES));
    return address;
  }

  f32(address: number, length: number): Float32Array {
    return new Float32Array(this.kernels.memory.buffer, address, length);
  }

  i32(address: number, length: number): Int32Array {
    return new Int32Array(this.kernels.memory.buffer, address, length);
  }

  f64(address: number, length: number): Float64Array {
    return new Float64Array(this.kernels.memory.buffer, address, length);
  }
}

const align = (address: number): number => Math.ceil(address / ALIGNMENT) * ALIGNMENT;
