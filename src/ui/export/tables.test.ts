import { describe, expect, it } from "vitest";
import { makeSchedule } from "../../core/schedule";
import { pointsTable, scheduleTable, toCsv, toJson, trajectoryTable } from "./tables";

/** Parses our CSV back (no quoting needed: every cell is a number or a bare word). */
const parseCsv = (text: string): string[][] =>
  text
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));

describe("export tables", () => {
  it("writes the schedule with one row per t, in the paper's convention, every digit kept", () => {
    const schedule = makeSchedule({ family: "custom", betas: [0.1, 0.2, 0.5] });
    const [header, ...rows] = parseCsv(toCsv(scheduleTable(schedule)));
    expect(header?.slice(0, 4)).toEqual(["t", "beta", "alpha", "alpha_bar"]);
    expect(rows.map((row) => Number(row[0]))).toEqual([1, 2, 3]);
    expect(rows.map((row) => Number(row[1]))).toEqual([0.1, 0.2, 0.5]);
    expect(Number(rows[2]?.[3])).toBe(schedule.alphaBars[2]);
    expect(Number(rows[2]?.[3])).toBeCloseTo(0.9 * 0.8 * 0.5, 15);
  });

  it("writes infinite values as inf, never NaN or Infinity", () => {
    const schedule = makeSchedule({ family: "constant", T: 2, beta: 1 });
    const csv = toCsv(scheduleTable(schedule));
    expect(csv).not.toMatch(/NaN|Infinity/);
    const json = JSON.parse(toJson(scheduleTable(schedule))) as Record<string, unknown>[];
    expect(json).toHaveLength(2);
    expect(json[0]?.alpha_bar).toBe(0);
    expect(json[0]?.log_snr).toBe("-inf");
  });

  it("writes points as x, y for the plane and p0… for images", () => {
    const points = Float32Array.from([1, 2, 3, 4]);
    expect(pointsTable(points, 2)).toEqual({
      columns: ["x", "y"],
      rows: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(pointsTable(points, 4).columns).toEqual(["p0", "p1", "p2", "p3"]);
  });

  it("writes trajectories in long format, one row per point per timestep", () => {
    const table = trajectoryTable(
      [2, 0],
      [Float32Array.from([1, 2, 3, 4]), Float32Array.from([5, 6, 7, 8])],
      2,
    );
    expect(table.columns).toEqual(["t", "point", "x", "y"]);
    expect(table.rows).toEqual([
      [2, 0, 1, 2],
      [2, 1, 3, 4],
      [0, 0, 5, 6],
      [0, 1, 7, 8],
    ]);
  });
});
