/**
 * Some quantities do not exist for some settings (1/√α_t when β_t = 1, a loss divided by σ² = 0, …).
 * The core returns them as `Undefined` with the reason in words, so the UI can print "undefined" and
 * explain why, and no NaN ever leaves the core. Plain objects, so they survive postMessage.
 */
export interface Undefined {
  readonly undefinedBecause: string;
}

/** A value, or the reason it does not exist. */
export type Maybe<T> = T | Undefined;

/** Marks a quantity as undefined, with the reason a student would need. */
export function undefinedBecause(reason: string): Undefined {
  return { undefinedBecause: reason };
}

/** Whether a Maybe holds the reason instead of a value. */
export function isUndefined(value: unknown): value is Undefined {
  return typeof value === "object" && value !== null && "undefinedBecause" in value;
}

/** Unwraps a Maybe where the caller has no way to go on without the value (the problem-compat API). */
export function orThrow<T>(value: Maybe<T>): T {
  if (isUndefined(value)) throw new RangeError(`undefined: ${value.undefinedBecause}`);
  return value;
}
