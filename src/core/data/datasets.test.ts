import { describe, expect, it } from "vitest";
import { HOMEWORK_IMAGES, makeDataset } from "./datasets";
import { POINT_CLOUDS } from "./point-clouds";

describe("data sets", () => {
  it.each(POINT_CLOUDS)("%s: finite points within roughly [−4, 4]², the same for the same seed", (name) => {
    const a = makeDataset({ kind: "points", name, n: 500 }, 1);
    expect(a.dim).toBe(2);
    expect(a.data.length).toBe(1000);
    for (const v of a.data) {
      expect(Number.isFinite(v)).toBe(true);
      expect(Math.abs(v)).toBeLessThan(5);
    }
    expect(makeDataset({ kind: "points", name, n: 500 }, 1).data).toEqual(a.data);
    const spread = Math.max(...a.data) - Math.min(...a.data);
    if (name !== "single_point") {
      expect(spread).toBeGreaterThan(3);
      // A held-out draw is a different sample of the same distribution.
      expect(makeDataset({ kind: "points", name, n: 500 }, 1, "held-out").data).not.toEqual(a.data);
    }
  });

  it("the homework's images are 100 copies of a 3×3 image with a 1 in the centre", () => {
    const images = makeDataset(HOMEWORK_IMAGES, 0);
    expect(images).toMatchObject({ dim: 9, n: 100, imageSize: 3 });
    for (let i = 0; i < 100; i++)
      expect(Array.from(images.data.subarray(i * 9, i * 9 + 9))).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
  });

  it("larger single-dot images put one dot per image at a random pixel, reaching many pixels", () => {
    const images = makeDataset({ kind: "image", size: 8, n: 400 }, 3);
    const positions = new Set<number>();
    for (let i = 0; i < 400; i++) {
      const row = images.data.subarray(i * 64, i * 64 + 64);
      expect(row.reduce((s, v) => s + v, 0)).toBe(1);
      positions.add(row.indexOf(1));
    }
    expect(positions.size).toBeGreaterThan(50);
    expect(() => makeDataset({ kind: "image", size: 17, n: 1 }, 0)).toThrow(/image size/);
  });

  it("hand-drawn points are a data set like any other", () => {
    const drawn = makeDataset({ kind: "drawn", points: [0, 1, 2, 3, -1, -2] }, 0);
    expect(drawn).toMatchObject({ dim: 2, n: 3 });
    expect(Array.from(drawn.data)).toEqual([0, 1, 2, 3, -1, -2]);
  });
});
