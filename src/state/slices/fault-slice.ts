import type { CallResult } from "../../worker/client";
import type { SliceCreator } from "../store";

/** A worker call that failed, as the page shows it: what was being done, why it failed, and a retry. */
export interface Fault {
  /** What the page was doing, in words ("training the model"). */
  readonly task: string;
  readonly message: string;
  readonly retry: () => void;
}

/** The one fault on show (the latest), so an error never goes unseen and never stacks up. */
export interface FaultSlice {
  readonly fault: Fault | null;
  /**
   * Settles a worker call: the value when it is fresh, undefined when stale or failed. A failure becomes
   * the fault on show; its Retry runs `again` (the action that made the call, so the slice's own state
   * follows the retried run; the client restarts the worker first if it died).
   */
  settle<T>(task: string, result: CallResult<T>, again: () => void): T | undefined;
  dismissFault(): void;
}

export const createFaultSlice: SliceCreator<FaultSlice> = (set) => ({
  fault: null,
  settle: (task, result, again) => {
    if (result.status === "ok") return result.value;
    if (result.status === "error") {
      const retry = (): void => {
        set({ fault: null });
        again();
      };
      set({ fault: { task, message: result.message, retry } });
    }
    return undefined;
  },
  dismissFault: () => set({ fault: null }),
});
