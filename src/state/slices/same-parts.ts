/**
 * Equality for a selector that picks several settings at once: equal when every part is the same object
 * (settings change by replacing the parts that changed, so untouched parts keep their identity).
 */
export const sameParts = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((part, i) => Object.is(part, b[i]));
