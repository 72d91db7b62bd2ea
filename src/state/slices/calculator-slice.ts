import type { CalculatorInputs, CalculatorProblem, CalculatorResult } from "../../worker/calculator";
import type { SliceCreator, StoreDeps } from "../store";

/** One textbook problem evaluated on the worker (src/core/seeds.ts), with its own types. */
export type Calculate = <P extends CalculatorProblem>(
  problem: P,
  inputs: CalculatorInputs<P>,
) => Promise<CalculatorResult<P>>;

/** How a calculation ended: its value, a message (bad inputs are the user's to fix, not a fault), or stale. */
export type Calculation<R> =
  | { readonly status: "ok"; readonly value: R }
  | { readonly status: "error"; readonly message: string }
  | { readonly status: "stale" };

export interface CalculatorSlice {
  /**
   * Runs `work` (one or more textbook problems in a row) on the worker as the newest calculation; an
   * older one still running resolves stale, so quick typing never shows an out-of-date answer.
   */
  calculate<R>(work: (calculate: Calculate) => Promise<R>): Promise<Calculation<R>>;
}

export const createCalculatorSlice =
  ({ client }: StoreDeps): SliceCreator<CalculatorSlice> =>
  () => ({
    calculate: async <R>(work: (calculate: Calculate) => Promise<R>): Promise<Calculation<R>> => {
      // comlink's Remote type drops the generic link between a problem and its inputs; calculator.ts keeps it.
      const result = await client.call("calculator", (api) => work(api.calculator as unknown as Calculate));
      return result.status === "error" ? { status: "error", message: result.message } : result;
    },
  });
