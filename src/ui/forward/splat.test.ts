import { describe, expect, it } from "vitest";
import { depthToRgba, discMask, splatDots } from "./splat";

const frame = { size: 10, lo: -5, pxPerUnit: 1 };

/** Alpha byte of pixel (x, y) after painting `points` as dots of radius 1 with opacity 0.5. */
function alphaAfter(points: number[], x: number, y: number): number {
  const depth = new Float32Array(100);
  splatDots(Float32Array.from(points), frame, discMask(1), 0.5, depth);
  const rgba = new Uint8ClampedArray(400);
  depthToRgba(depth, [10, 20, 30], rgba);
  return rgba[(y * 10 + x) * 4 + 3] as number;
}

describe("splatDots", () => {
  it("paints a dot where its point is, with y pointing up, and stacks dots as painting over would", () => {
    // (0, 0) lands at pixel (5, 5); y = 3 is 3 pixels above it.
    expect(alphaAfter([0, 0], 5, 5)).toBe(128); // 255 · 0.5
    expect(alphaAfter([0, 0, 0, 0], 5, 5)).toBe(191); // 255 · (1 − 0.5²)
    expect(alphaAfter([0, 3], 5, 2)).toBe(128);
    expect(alphaAfter([0, 0], 9, 9)).toBe(0);
  });

  it("clips dots at the edge instead of wrapping them to the other side", () => {
    expect(alphaAfter([-5, 0], 0, 5)).toBe(128);
    expect(alphaAfter([-5, 0], 9, 4)).toBe(0);
    expect(alphaAfter([20, 20], 5, 5)).toBe(0);
  });

  it("a disc's edge pixels are partly covered", () => {
    const mask = discMask(1.5);
    const centre = mask.coverage[mask.dx.findIndex((dx, k) => dx === 0 && mask.dy[k] === 0)];
    expect(centre).toBe(1);
    expect(Math.min(...mask.coverage)).toBeLessThan(1);
  });
});
