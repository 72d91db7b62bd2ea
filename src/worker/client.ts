/**
 * The main thread's end of the worker: typed calls (comlink's `wrap<CoreApi>`), stale results dropped,
 * and errors turned into a readable failure whose `retry()` restarts the worker. Pass progress callbacks
 * wrapped in comlink's `proxy(fn)`.
 */
import { wrap, type Endpoint, type Remote } from "comlink";
import type { CoreApi } from "./api";

/** The failure message when the worker died without saying why (a load error has no message). */
export const WORKER_DIED = "the worker stopped unexpectedly";

/** What a worker must offer; a real module Worker does, and tests can pass a MessagePort-backed stand-in. */
export type WorkerLike = Endpoint & { terminate(): void };

/** The result of a call that was not superseded and did not fail. */
export interface Fresh<T> {
  readonly status: "ok";
  readonly value: T;
}

/** A newer call of the same kind started before this one answered: its result is not delivered. */
export interface Stale {
  readonly status: "stale";
}

/** A call that threw (or whose worker died); `retry()` restarts the worker and makes the call again. */
export interface Failure<T> {
  readonly status: "error";
  readonly message: string;
  retry(): Promise<CallResult<T>>;
}

/** How a client call ended. */
export type CallResult<T> = Fresh<T> | Stale | Failure<T>;

/** The main thread's handle on the (restartable) worker. */
export interface CoreClient {
  /**
   * Makes one call on the worker as the newest of `kind` (e.g. "train"): an older call of that kind still
   * running will resolve `stale`. Cancelled jobs are not errors: they resolve `ok` with a cancelled Outcome.
   */
  call<R>(kind: string, use: (api: Remote<CoreApi>) => R): Promise<CallResult<Awaited<R>>>;
  /** The worker itself, for calls that need no stale check (cancel). */
  readonly api: Remote<CoreApi>;
  terminate(): void;
}

const moduleWorker = (): WorkerLike =>
  new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "diffusion-core" });

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Starts the worker (created by `makeWorker`) and returns the client; a failure restarts it on next use. */
export function createCoreClient(makeWorker: () => WorkerLike = moduleWorker): CoreClient {
  let worker: WorkerLike;
  let remote: Remote<CoreApi>;
  /** Rejects when the worker dies outside any call (a load error, an uncaught error), failing pending calls. */
  let died: Promise<never>;
  let broken = false;
  const latest = new Map<string, number>();
  let tickets = 0;

  const start = (): void => {
    worker = makeWorker();
    remote = wrap<CoreApi>(worker);
    died = new Promise<never>((_, reject) => {
      worker.addEventListener("error", (event) => {
        broken = true;
        reject(new Error((event as Partial<ErrorEvent>).message || WORKER_DIED));
      });
    });
    died.catch(() => undefined); // observed through Promise.race below; never an unhandled rejection
    broken = false;
  };
  const restart = (): void => {
    worker.terminate();
    start();
  };
  start();

  const call = async <R>(kind: string, use: (api: Remote<CoreApi>) => R): Promise<CallResult<Awaited<R>>> => {
    if (broken) restart();
    const ticket = ++tickets;
    latest.set(kind, ticket);
    try {
      const value = await Promise.race([use(remote), died]);
      return latest.get(kind) === ticket ? { status: "ok", value } : { status: "stale" };
    } catch (error) {
      broken = true;
      return {
        status: "error",
        message: messageOf(error),
        retry: () => call(kind, use),
      };
    }
  };

  return {
    call,
    get api() {
      if (broken) restart();
      return remote;
    },
    terminate: () => worker.terminate(),
  };
}
