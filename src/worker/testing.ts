import { expose } from "comlink";
import { DEFAULT_RECIPE } from "../core/recipe";
import { createCoreApi } from "./api";
import type { WorkerLike } from "./client";
import type { SampleRequest } from "./sample";

/** Test support: a sampling run small enough for unit tests (50 points, 40 steps, exact denoiser). */
export const SMALL_SAMPLE_REQUEST: SampleRequest = {
  dataset: { kind: "points", name: "moons", n: 200 },
  schedule: { family: "linear", T: 40, betaStart: 1e-3, betaEnd: 0.3 },
  seed: 3,
  predictor: { kind: "exact" },
  sampler: { ...DEFAULT_RECIPE.sampler, steps: 40 },
  mode: { kind: "generate", n: 50 },
};

/** Test support: a worker stand-in: the real API exposed on one end of a MessageChannel, in this thread. */
export function inThreadWorkers(): { make: () => WorkerLike; made: (MessagePort & WorkerLike)[] } {
  const made: (MessagePort & WorkerLike)[] = [];
  const make = (): WorkerLike => {
    const { port1, port2 } = new MessageChannel();
    expose(createCoreApi(), port1);
    const worker = Object.assign(port2, {
      terminate: () => {
        port1.close();
        port2.close();
      },
    });
    made.push(worker);
    return worker;
  };
  return { make, made };
}
