import { describe, expect, it } from "vitest";
import { rememberLast, sameData } from "./last-call";

describe("sameData", () => {
  it("compares plain data by value, deeply", () => {
    expect(
      sameData({ kind: "mlp", weights: { params: [1, 2] } }, { kind: "mlp", weights: { params: [1, 2] } }),
    ).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData(new Float32Array([1, 2]), new Float32Array([1, 2]))).toBe(true);
    expect(sameData(new Float32Array([1, 2]), [1, 2])).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
  });
});

describe("rememberLast", () => {
  it("builds once for equal keys and again when the key changes", () => {
    let builds = 0;
    const square = rememberLast((key: { x: number }) => ({ value: key.x * key.x, build: ++builds }));
    const first = square({ x: 3 });
    expect(square({ x: 3 })).toBe(first);
    expect(builds).toBe(1);
    expect(square({ x: 4 }).value).toBe(16);
    expect(square({ x: 3 })).not.toBe(first);
    expect(builds).toBe(3);
  });
});
