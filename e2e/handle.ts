/**
 * The page's store and worker client, which src/main.tsx hands to tests as `window.diffusionPlayground`:
 * for setting up states that would take many clicks, and for the worker's test hooks.
 */
import type { AppStore } from "../src/state/store";
import type { CoreClient } from "../src/worker/client";

declare global {
  interface Window {
    diffusionPlayground: { store: AppStore; client: CoreClient };
  }
}

export {};
