/**
 * A one-entry cache for the worker's short jobs (the score field, the loss readouts): while t plays they
 * are asked again and again with the same data set, schedule and predictor, whose setup (the data set, an
 * MLP from its JSON, the exact denoiser's copy of the data) costs far more than the work at one t.
 * Requests arrive as structured clones, so keys are compared by value, not by identity.
 */

/** Whether two plain values are equal: primitives, arrays, typed arrays and plain objects, compared deeply. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || ArrayBuffer.isView(a)) {
    const left = a as ArrayLike<unknown>;
    const right = b as ArrayLike<unknown>;
    if (Array.isArray(a) !== Array.isArray(b) || left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) if (!sameData(left[i], right[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * `build` with a memory of its latest call: a key equal to the previous one (sameData) returns the
 * previous value without building again. What it returns must not be handed out to be changed or
 * transferred, since the next call may return it again.
 */
export function rememberLast<K, V>(build: (key: K) => V): (key: K) => V {
  let last: { key: K; value: V } | null = null;
  return (key) => {
    if (last && sameData(last.key, key)) return last.value;
    const value = build(key);
    last = { key, value };
    return value;
  };
}
