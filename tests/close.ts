import { expect } from "vitest";

/** Float64 math must match numpy to this (relative or absolute, whichever is larger). */
export const FLOAT64_TOLERANCE = 1e-9;
/** Paths that emulate PyTorch's float32 must match it to this. */
export const FLOAT32_TOLERANCE = 1e-5;

/** Asserts |actual − expected| ≤ tolerance·max(1, |expected|) for numbers or (nested) arrays of them. */
export function expectClose(actual: unknown, expected: unknown, tolerance: number, path = "value"): void {
  if (Array.isArray(expected) || ArrayBuffer.isView(expected)) {
    const want = Array.from(expected as ArrayLike<unknown>);
    const got = Array.from(actual as ArrayLike<unknown>);
    expect(got.length, `${path}.length`).toBe(want.length);
    want.forEach((e, i) => expectClose(got[i], e, tolerance, `${path}[${i}]`));
    return;
  }
  const a = actual as number;
  const e = expected as number;
  expect(Number.isFinite(a), `${path} is ${a}`).toBe(true);
  const allowed = tolerance * Math.max(1, Math.abs(e));
  expect(Math.abs(a - e), `${path}: got ${a}, expected ${e}`).toBeLessThanOrEqual(allowed);
}
