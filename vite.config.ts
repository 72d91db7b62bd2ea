import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { engineWasmPlugin } from "./tools/engine-wasm.ts";

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any sub-path (a course page, GitHub Pages).
  base: "./",
  // engineWasmPlugin compiles the SIMD engine's AssemblyScript for `import … from "virtual:engine-wasm"`.
  plugins: [react(), engineWasmPlugin()],
  build: {
    target: "es2022",
  },
  worker: {
    format: "es",
    // Worker bundles take their own plugins in a build (config.plugins reach workers only in dev).
    plugins: () => [engineWasmPlugin()],
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // Some tests train a model for real; on a busy 2-core machine they need more than the default 5 s.
    testTimeout: 30_000,
  },
});
