import { describe, expect, it } from "vitest";
import { HEAT_MAX, HEAT_MIN, heatLevel } from "./heat-colours";
import { imageGridLayout, imageOrigin, pixelAt, pixelIndex } from "./heatmap-layout";
import { barFraction, binAxis, standardNormalDensity } from "./histogram";
import { pointStyle, trailIndices, trailSteps } from "./plot-geometry";
import { pointsAlong } from "./stroke";

describe("binAxis", () => {
  it("counts one coordinate of each row into equal bins and skips values outside", () => {
    const values = new Float32Array([-1, 9, -0.5, 9, 0.5, 9, 0.99, 9, 5, 9]);
    const counts = new Float64Array(4);
    expect(binAxis(values, 2, 0, -1, 1, counts)).toBe(4);
    expect(Array.from(counts)).toEqual([1, 1, 0, 2]);
    expect(binAxis(values, 2, 1, -1, 1, counts)).toBe(0);
  });

  it("bars are densities on a fixed scale: N(0, 1) data match the reference curve", () => {
    expect(barFraction(40, 100, 1)).toBeCloseTo(0.4);
    expect(barFraction(100, 100, 0.01)).toBe(1);
    expect(barFraction(0, 0, 1)).toBe(0);
    expect(standardNormalDensity(0)).toBeCloseTo(0.3989, 4);
  });
});

describe("trails", () => {
  it("follow distinct samples spread over the data set, on both moons", () => {
    const picked = trailIndices(2000);
    expect(new Set(picked).size).toBe(5);
    expect(picked.every((i) => i >= 0 && i < 2000)).toBe(true);
    expect(new Set(picked.map((i) => i % 2)).size).toBe(2);
    expect(trailIndices(3)).toHaveLength(3);
  });

  it("reach back 15% of T and start at x₀ (t = 0) near the beginning", () => {
    const out = new Int32Array(48);
    const count = trailSteps(500, 1000, out);
    expect(count).toBe(48);
    expect(out[0]).toBe(350);
    expect(out[count - 1]).toBe(500);
    expect(trailSteps(3, 10, out)).toBe(3);
    expect(Array.from(out.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(trailSteps(1, 1, out)).toBe(2);
    expect(Array.from(out.subarray(0, 2))).toEqual([0, 1]);
  });
});

describe("pointStyle", () => {
  it("draws few points big and solid and many small and see-through", () => {
    expect(pointStyle(50).radius).toBeGreaterThan(pointStyle(10_000).radius);
    expect(pointStyle(50).alpha).toBeGreaterThan(pointStyle(10_000).alpha);
  });
});

describe("the heat-map grid", () => {
  it("lays out up to 9 images in a square grid and finds the pixel under the pointer", () => {
    const layout = imageGridLayout(100, 3, 300);
    expect(layout).toMatchObject({ images: 9, columns: 3, rows: 3, cell: 31 }); // (300 − 2·8) / 9 = 31.6
    const origin = imageOrigin(layout, 4);
    expect(pixelAt(layout, origin.x + layout.cell * 2 + 1, origin.y + 1)).toEqual({
      image: 4,
      row: 0,
      column: 2,
    });
    expect(pixelAt(layout, layout.imageSide + 2, 5)).toBeNull(); // the gap between images
    expect(pixelAt(layout, -1, 5)).toBeNull();
    expect(pixelAt(layout, layout.width + 5, 5)).toBeNull();
    expect(pixelIndex({ image: 4, row: 0, column: 2 }, 3)).toBe(4 * 9 + 2);
  });

  it("shows fewer images when the batch is small", () => {
    expect(imageGridLayout(1, 16, 300)).toMatchObject({ images: 1, columns: 1, cell: 18 });
    expect(imageGridLayout(4, 2, 300)).toMatchObject({ images: 4, columns: 2, rows: 2 });
  });
});

describe("heatLevel", () => {
  it("maps the fixed range onto the colour table and clamps beyond it", () => {
    expect(heatLevel(HEAT_MIN)).toBe(0);
    expect(heatLevel(HEAT_MIN - 5)).toBe(0);
    expect(heatLevel(HEAT_MAX)).toBe(255);
    expect(heatLevel(HEAT_MAX + 5)).toBe(255);
    expect(heatLevel(Number.NaN)).toBe(0);
    expect(heatLevel(0)).toBe(128);
  });
});

describe("pointsAlong", () => {
  it("drops evenly spaced points along the pen's path, however fast it moves", () => {
    expect(pointsAlong([0, 0], [0.05, 0], 0.1)).toEqual([]);
    const points = pointsAlong([0, 0], [0, 0.35], 0.1);
    expect(points).toHaveLength(6);
    expect(points[5]).toBeCloseTo(0.3);
  });
});
