import { isUndefined, type Maybe } from "../../core/maybe";
import { formatNumber } from "../controls/format";

/** A number as the page prints it, or "undefined" with the core's reason (never NaN). */
export interface ShownNumber {
  readonly text: string;
  /** Why the value does not exist, in words; absent for a value. */
  readonly reason?: string;
}

/** Shows a Maybe<number>: NaN also reads "undefined" (formatNumber), with a reason when the core gave one. */
export function showMaybe(value: Maybe<number>, digits = 3): ShownNumber {
  if (isUndefined(value)) return { text: "undefined", reason: value.undefinedBecause };
  return Number.isNaN(value)
    ? { text: "undefined", reason: "the computation produced no number" }
    : { text: formatNumber(value, digits) };
}
