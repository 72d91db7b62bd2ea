/**
 * Builds the SIMD engine (src/core/engine/assembly, AssemblyScript) into WebAssembly, in memory: no binary
 * is committed or written to disk. Two ways in, one compiler call:
 * - `engineWasmPlugin()`, a Vite plugin (dev server, `vite build`, Vitest): `import bytes from
 *   "virtual:engine-wasm"` gives the compiled module's bytes, inlined as base64 into the importing chunk
 *   (a few kB, no extra request, works from any sub-path and inside the worker); an edit to an
 *   AssemblyScript source recompiles it.
 * - `compileEngine()` for Node scripts that run without Vite (the benchmark).
 */
import asc from "assemblyscript/asc";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const SOURCES = fileURLToPath(new URL("../src/core/engine/assembly/", import.meta.url));
const ENTRY = `${SOURCES}index.ts`;
const OUTPUT = "engine.wasm";

const ENGINE_MODULE_ID = "virtual:engine-wasm";
const RESOLVED_ID = `\0${ENGINE_MODULE_ID}`;

/**
 * -O3 with no assertions (the TypeScript side checks shapes); the stub runtime, since the kernels never
 * allocate; SIMD on. Warning AS112 ("exchange of v128 values is not supported by all embeddings") is about
 * JavaScript calling v128 functions, and only module-internal helpers take v128.
 */
const COMPILER_FLAGS = [
  "-O3",
  "--noAssert",
  "--runtime",
  "stub",
  "--enable",
  "simd",
  "--disableWarning",
  "112",
];

/** The engine's WebAssembly bytes, compiled from the AssemblyScript sources now. */
export async function compileEngine(): Promise<Uint8Array> {
  let binary: Uint8Array | null = null;
  const { error, stderr } = await asc.main([ENTRY, "--outFile", OUTPUT, ...COMPILER_FLAGS], {
    writeFile: (name, contents) => {
      if (name.endsWith(OUTPUT) && contents instanceof Uint8Array) binary = contents;
    },
  });
  if (error || !binary)
    throw new Error(`compiling the SIMD engine failed: ${error?.message ?? ""}\n${stderr}`);
  return binary;
}

export function engineWasmPlugin(): Plugin {
  let compiled: Promise<Uint8Array> | null = null;
  return {
    name: "engine-wasm",
    resolveId: (id) => (id === ENGINE_MODULE_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of readdirSync(SOURCES)) this.addWatchFile(`${SOURCES}${file}`);
      compiled ??= compileEngine();
      const base64 = Buffer.from(await compiled).toString("base64");
      return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));`;
    },
    watchChange(id) {
      if (id.startsWith(SOURCES)) compiled = null;
    },
  };
}
