/**
 * Job machinery for the worker, free of any Worker API so it runs (and is tested) in Node: every job has a
 * kind and an increasing id, a newer job of a kind aborts the older one, and long jobs run as chunks of
 * synchronous core work separated by macrotask yields, so an abort message is seen within one chunk.
 */

/** Synchronous work per chunk: short enough that a cancel lands well within 100 ms, long enough to amortise the yield. */
export const CHUNK_MS = 20;

/** The kinds of job; one of each kind runs at a time. */
export type JobKind = "forward" | "sample" | "train" | "trainLinear";

/** A job that ran to its end. */
export interface Done<T> {
  readonly status: "done";
  readonly id: number;
  readonly value: T;
}

/**
 * A job that was aborted (cancelled, or superseded by a newer job of its kind). `partial` is what the job
 * had when it stopped (training keeps its weights so far; a trajectory its frames so far).
 */
export interface Cancelled<T> {
  readonly status: "cancelled";
  readonly id: number;
  readonly partial: T;
}

/** How a job ended; errors are not outcomes, they reject the promise. */
export type Outcome<T> = Done<T> | Cancelled<T>;

/** What a running job gets from the runner. */
export interface JobContext {
  readonly id: number;
  readonly signal: AbortSignal;
  /**
   * Calls `step` until it returns true (finished) or the job is aborted, yielding to the event loop every
   * CHUNK_MS and calling `afterChunk` before each yield. Resolves true when finished, false when aborted;
   * after an abort neither `step` nor `afterChunk` runs again.
   */
  loop(step: () => boolean, afterChunk?: () => void): Promise<boolean>;
}

/** A macrotask yield: a setTimeout lets queued messages (a cancel) run, which a resolved promise would not. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function loop(signal: AbortSignal, step: () => boolean, afterChunk?: () => void): Promise<boolean> {
  for (;;) {
    const start = performance.now();
    let finished = false;
    while (!finished && performance.now() - start < CHUNK_MS) finished = step();
    afterChunk?.();
    if (finished) return true;
    await yieldToEventLoop();
    if (signal.aborted) return false;
  }
}

/** Runs jobs by kind: starting a job aborts the running job of the same kind; kinds run independently. */
export class JobRunner {
  private nextId = 1;
  private readonly running = new Map<JobKind, { id: number; controller: AbortController }>();

  /**
   * Runs `work` as the newest job of `kind`. It resolves `done` unless the job was aborted while it ran
   * (then `cancelled`, with whatever `work` returned); an error thrown by `work` rejects.
   */
  async run<T>(kind: JobKind, work: (context: JobContext) => T | Promise<T>): Promise<Outcome<T>> {
    this.cancel(kind);
    const id = this.nextId++;
    const controller = new AbortController();
    const { signal } = controller;
    this.running.set(kind, { id, controller });
    try {
      const value = await work({ id, signal, loop: (step, afterChunk) => loop(signal, step, afterChunk) });
      return signal.aborted ? { status: "cancelled", id, partial: value } : { status: "done", id, value };
    } finally {
      if (this.running.get(kind)?.id === id) this.running.delete(kind);
    }
  }

  /** Aborts the running job of `kind`, if any; it stops within one chunk. */
  cancel(kind: JobKind): void {
    this.running.get(kind)?.controller.abort();
    this.running.delete(kind);
  }
}
