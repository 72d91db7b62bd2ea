/** Test support: an app store whose worker runs in this thread (the real API over a MessageChannel). */
import { inThreadWorkers } from "../worker/testing";
import { createCoreClient, type CoreClient } from "../worker/client";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { createAppStore, type AppState, type AppStore } from "./store";

/** Small enough that a unit test trains and samples in well under a second. */
export const SMALL_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  schedule: { family: "linear", T: 40, betaStart: 1e-3, betaEnd: 0.3 },
  dataset: { kind: "points", name: "moons", n: 200 },
  t: 20,
  reverse: { mode: "generate", tStart: 20 },
  sampler: { ...DEFAULT_SETTINGS.sampler, steps: 40 },
};

/**
 * A store on an in-thread worker; `dispose` stops its reactions and the worker. `wrap` may put a stand-in
 * between the store and the client (to hold, count or fail calls).
 */
export function testStore(
  initial: Settings = SMALL_SETTINGS,
  wrap: (client: CoreClient) => CoreClient = (client) => client,
): {
  store: AppStore;
  client: CoreClient;
  dispose: () => void;
} {
  const client = createCoreClient(inThreadWorkers().make);
  const { store, dispose } = createAppStore({ client: wrap(client) }, initial);
  return {
    store,
    client,
    dispose: () => {
      dispose();
      client.terminate();
    },
  };
}

/** Resolves once the store's state passes `ready` (checked on every change), or fails after `ms`. */
export function until(store: AppStore, ready: (state: AppState) => boolean, ms = 5000): Promise<AppState> {
  return new Promise((resolve, reject) => {
    if (ready(store.getState())) return resolve(store.getState());
    const timer = setTimeout(() => {
      stop();
      reject(new Error("the store never reached the expected state"));
    }, ms);
    const stop = store.subscribe((state) => {
      if (!ready(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    });
  });
}
