import { describe, expect, it } from "vitest";
import { CHART_MARGIN, chartGeometry, nearestIndex } from "./chart-geometry";

const points = [
  { x: 1, y: 1 },
  { x: 50, y: 0.1 },
  { x: 100, y: 0.01 },
];

describe("chartGeometry", () => {
  it("maps the x domain onto the plot and draws one line through every point", () => {
    const g = chartGeometry(points, 260, 90, { xDomain: [1, 100] });
    expect(g.x(1)).toBe(CHART_MARGIN.left);
    expect(g.x(100)).toBe(260 - CHART_MARGIN.right);
    expect(g.path.startsWith("M")).toBe(true);
    expect(g.path.split("L")).toHaveLength(3);
    expect(g.log).toBe(false);
    expect(g.y.domain()[0]).toBe(0);
  });

  it("uses a log axis on request when the values span decades, with ticks at powers of ten", () => {
    const g = chartGeometry(points, 260, 90, { xDomain: [1, 100], log: true });
    expect(g.log).toBe(true);
    expect(g.yTicks).toEqual([0.01, 0.1, 1]);
    expect(g.y(1)).toBeLessThan(g.y(0.01));
  });

  it("falls back to a linear axis for values that cannot go on a log axis", () => {
    const g = chartGeometry([{ x: 0, y: 0 }, ...points], 260, 90, { xDomain: [0, 100], log: true });
    expect(g.log).toBe(false);
  });

  it("leaves non-finite points out of the path instead of breaking it", () => {
    const g = chartGeometry([...points, { x: 120, y: NaN }], 260, 90, { xDomain: [1, 120] });
    expect(g.path).not.toContain("NaN");
    expect(g.path.split("L")).toHaveLength(3);
  });

  it("draws an empty chart for no points", () => {
    const g = chartGeometry([], 260, 90, { xDomain: [0, 1] });
    expect(g.path).toBe("");
  });
});

describe("nearestIndex", () => {
  it("finds the point nearest an x, clamped to the ends", () => {
    expect(nearestIndex(points, 40)).toBe(1);
    expect(nearestIndex(points, -5)).toBe(0);
    expect(nearestIndex(points, 1e6)).toBe(2);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});
