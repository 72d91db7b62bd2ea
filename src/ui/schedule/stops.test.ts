import { describe, expect, it } from "vitest";
import { MAX_SETTINGS_T } from "../../state/settings-schema";
import { logStops, nearestStop } from "./stops";

describe("logStops", () => {
  it("reaches 0 and 1 for β and holds the usual values exactly", () => {
    const stops = logStops(1e-5, 1, { zero: true });
    expect(stops[0]).toBe(0);
    expect(stops[1]).toBe(1e-5);
    expect(stops[stops.length - 1]).toBe(1);
    for (const value of [1e-4, 5e-4, 0.008, 0.02, 0.1, 0.5, 0.99 - 0.09]) expect(stops).toContain(value);
    expect(stops).toEqual([...stops].sort((a, b) => a - b));
    expect(new Set(stops).size).toBe(stops.length);
  });

  it("gives T every whole number up to 20, then round values up to the largest T", () => {
    const stops = logStops(1, MAX_SETTINGS_T, { integer: true });
    expect(stops.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const T of [50, 100, 200, 1000, 4000, MAX_SETTINGS_T]) expect(stops).toContain(T);
    expect(stops.every(Number.isInteger)).toBe(true);
    // Above the single steps, a thumb step is never more than a 25% change: the slider steers at every scale.
    for (let i = 20; i < stops.length; i++) expect(stops[i]! / stops[i - 1]!).toBeLessThanOrEqual(1.25);
  });
});

describe("nearestStop", () => {
  const stops = [0, 1e-4, 1.1e-4, 1e-3, 0.5, 1];
  it("finds exact stops and the nearest by ratio for values between", () => {
    expect(nearestStop(stops, 0)).toBe(0);
    expect(nearestStop(stops, 1e-3)).toBe(3);
    expect(nearestStop(stops, 1.04e-4)).toBe(1);
    expect(nearestStop(stops, 3e-4)).toBe(2);
    expect(nearestStop(stops, 2)).toBe(5);
  });
});
