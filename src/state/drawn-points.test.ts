import { deflateSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeRng } from "../core/rng";
import {
  decodeDrawnPoints,
  drawnPointsProblem,
  encodeDrawnPoints,
  MAX_DRAW_CHARS,
  MAX_DRAWN_POINTS,
  quantizeDrawnPoints,
} from "./drawn-points";
import { LINK_CHAR } from "./testing";

const FUZZ = { seed: 42, numRuns: 1000 };

/** A stroke of n points along a spiral: neighbours close together, as a hand draws them. */
function stroke(n: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    const angle = i * 0.02;
    const r = 4 * (i / n);
    return [r * Math.cos(angle), r * Math.sin(angle)];
  }).flat();
}

/** Bytes as base64url, as links write them. */
const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

describe("drawn points in a link", () => {
  it("round-trip within the quantization step of 1/100", () => {
    const coordinate = fc.double({ min: -4.5, max: 4.5, noNaN: true });
    const points = fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(points, (pairs) => {
        const flat = pairs.flat();
        const decoded = decodeDrawnPoints(encodeDrawnPoints(flat));
        expect(decoded).toHaveLength(flat.length);
        decoded?.forEach((x, i) =>
          expect(Math.abs(x - (flat[i] as number))).toBeLessThanOrEqual(0.005 + 1e-12),
        );
        expect(decoded).toEqual(quantizeDrawnPoints(flat));
      }),
      FUZZ,
    );
  });

  it("round-trip exactly once quantized, and clamp strays to ±10", () => {
    const points = quantizeDrawnPoints([1.234, -0.001, 4.5, -4.5, 12, -30]);
    expect(points).toEqual([1.23, 0, 4.5, -4.5, 10, -10]);
    expect(decodeDrawnPoints(encodeDrawnPoints(points))).toEqual(points);
  });

  it("stay short for a stroke of the largest size a link carries", () => {
    const points = stroke(MAX_DRAWN_POINTS);
    expect(drawnPointsProblem(points)).toBeNull();
    expect(encodeDrawnPoints(points).length).toBeLessThan(MAX_DRAW_CHARS);
  });

  it("are refused, in words, when there are too many or they take too many characters", () => {
    expect(drawnPointsProblem(stroke(2600))).toBe(
      "this drawing has 2600 points; links can carry 2000 — simplify it or use a built-in data set",
    );
    // Scattered points do not compress: 2000 of them need more characters than a link may use.
    const rng = makeRng(0, "scattered");
    const scattered = Array.from({ length: 2 * MAX_DRAWN_POINTS }, () => 9 * rng.uniform() - 4.5);
    expect(drawnPointsProblem(scattered)).toMatch(
      /^this drawing needs \d+ characters in a link; links can carry 6000 — simplify it/,
    );
    expect(drawnPointsProblem([])).toBe("this drawing has no points");
    expect(drawnPointsProblem([1, 2, 3])).toBe("drawn points must come as (x, y) pairs");
  });

  it("read damaged text as nothing, never as a wrong drawing", () => {
    const good = encodeDrawnPoints(stroke(50));
    const damaged = [
      "",
      "abc",
      "!!!!",
      "a", // a length no base64 text has
      good.slice(0, good.length - 3),
      good + "AA",
      good.replace(/^./, (c) => (c === "A" ? "B" : "A")),
      "x".repeat(MAX_DRAW_CHARS + 1),
      base64Url(deflateSync(Uint8Array.from([0]))), // zero points
      base64Url(deflateSync(Uint8Array.from([0xff, 0xff, 0x03]))), // more points than allowed
      base64Url(deflateSync(Uint8Array.from([1, 2]))), // one point, y missing
      base64Url(deflateSync(Uint8Array.from([1, 0xd2, 0x0f, 0]))), // x = 10.01, beyond the bounds
      base64Url(deflateSync(new Uint8Array(100_000))), // a small link that inflates to a lot
    ];
    for (const text of damaged) expect(decodeDrawnPoints(text)).toBeNull();
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: LINK_CHAR, maxLength: 200 }), (text) => {
        const points = decodeDrawnPoints(text);
        if (points) expect(points.length % 2).toBe(0);
      }),
      FUZZ,
    );
  });
});
