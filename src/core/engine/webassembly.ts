/**
 * The part of the WebAssembly JavaScript API the engine uses, typed here: the core compiles without DOM,
 * WebWorker or Node types (tsconfig.core.json), and those are where TypeScript declares `WebAssembly`.
 * Node, browsers and workers all provide it as a global.
 */

/** A compiled module (opaque here). */
export interface WasmModule {
  readonly compiledModule: unique symbol;
}

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  /** Adds `pages` pages of 64 KiB; the old `buffer` is detached. */
  grow(pages: number): number;
}

interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array): Promise<WasmModule>;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { readonly exports: object };
}

/**
 * The global WebAssembly object, or undefined where there is none (some locked-down browsers). Seen through
 * the typing above whatever lib the including project has (via unknown: under DOM types the two differ).
 */
export const webAssembly = (globalThis as unknown as { WebAssembly?: WebAssemblyApi }).WebAssembly;

/** Bytes per WebAssembly memory page. */
export const PAGE_BYTES = 65536;
