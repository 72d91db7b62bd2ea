/**
 * The main thread's end of the worker: typed calls (comlink's `wrap<CoreApi>`), stale results dropped,
 * and errors turned into a readable failure whose `retry()` restarts the worker. Pass progress callbacks
 * wrapped in comlink's `proxy(fn)`.
 */
import { wrap, type Endpoint, type Remote } from "comlink";
import type { CoreApi } from "./api";

/** The failure message when the worker died without saying why (a load error has no message). */
export const WORKER_DIED = "the worker stopped unexpectedly";
/** The failure of calls still waiting on a worker that was replaced after it died. */
export const WORKER_RESTARTED = "the worker was restarted";

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

/** A call that threw (or whose worker died); `retry()` makes the call again, on a new worker if it died. */
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
  /** Rejects when the worker dies (an error event, or our own restart), failing every call still waiting on it. */
  let died: Promise<never>;
  let kill: (reason: Error) => void;
  /** Set only when the worker itself died: an error thrown inside one call leaves the worker usable. */
  let broken = false;
  const latest = new Map<string, number>();
  let tickets = 0;

  const start = (): void => {
    worker = makeWorker();
    remote = wrap<CoreApi>(worker);
    died = new Promise<never>((_, reject) => {
      kill = (reason) => {
        broken = true;
        reject(reason);
      };
    });
    died.catch(() => undefined); // observed through Promise.race below; never an unhandled rejection
    worker.addEventListener("error", (event) =>
      kill(new Error((event as Partial<ErrorEvent>).message || WORKER_DIED)),
    );
    broken = false;
  };
  const restart = (): void => {
    kill(new Error(WORKER_RESTARTED)); // settles calls still waiting on the old worker
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
      // A superseded call's failure is as stale as its result would have been.
      if (latest.get(kind) !== ticket) return { status: "stale" };
      return { status: "error", message: messageOf(error), retry: () => call(kind, use) };
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
