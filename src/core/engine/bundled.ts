// The virtual module's type comes with this file, so any project that imports it (core, worker, app) has it
// without listing the declaration itself; an ambient module declaration cannot be imported.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./virtual-engine-wasm.d.ts" />
/**
 * The engine as the app, the worker and the tests get it: the module compiled by the Vite plugin
 * (tools/engine-wasm.ts) and bundled as bytes. Node scripts without Vite (the benchmark) call
 * `compileEngine()` from tools/engine-wasm.ts and `loadEngine` instead.
 */
import engineWasm from "virtual:engine-wasm";
import { loadEngine, type Engine } from "./engine";

let loaded: Promise<Engine> | null = null;

/** This context's engine, loaded once: SIMD where supported, else TypeScript. */
export function bundledEngine(): Promise<Engine> {
  loaded ??= loadEngine(engineWasm);
  return loaded;
}
