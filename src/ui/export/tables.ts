/**
 * Tables for export: the schedule (one row per t), samples (one row per point) and trajectories (one row
 * per point per recorded timestep), as CSV with a header row or as JSON. Numbers keep every digit a float64
 * has; an infinite value (log SNR where ᾱ_t = 1) is written "inf", as numpy and pandas read it.
 */
import type { Schedule } from "../../core/schedule";

/** A table: column names and rows of numbers. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly number[])[];
}

/** The schedule's columns, named as in the DDPM paper (Ho et al. 2020, §2). */
export function scheduleTable(schedule: Schedule): Table {
  const columns = [
    "t",
    "beta",
    "alpha",
    "alpha_bar",
    "sqrt_alpha_bar",
    "sqrt_one_minus_alpha_bar",
    "snr",
    "log_snr",
    "posterior_variance",
  ];
  const rows = Array.from({ length: schedule.T }, (_, i) => [
    i + 1,
    schedule.betas[i] as number,
    schedule.alphas[i] as number,
    schedule.alphaBars[i] as number,
    schedule.sqrtAlphaBars[i] as number,
    schedule.sqrtOneMinusAlphaBars[i] as number,
    schedule.snr[i] as number,
    schedule.logSnr[i] as number,
    schedule.posteriorVariances[i] as number,
  ]);
  return { columns, rows };
}

/** The coordinate columns of `dim`-dimensional points: x, y for the plane, p0…p(d−1) for images. */
const coordinateNames = (dim: number): string[] =>
  dim === 2 ? ["x", "y"] : Array.from({ length: dim }, (_, i) => `p${i}`);

/** Points stored row-major (`dim` values each), one row per point. */
export function pointsTable(points: Float32Array, dim: number): Table {
  const rows: number[][] = [];
  for (let i = 0; i + dim <= points.length; i += dim) rows.push(Array.from(points.subarray(i, i + dim)));
  return { columns: coordinateNames(dim), rows };
}

/** Frames of a run (one per timestep), long format: t, point index, coordinates. */
export function trajectoryTable(
  timesteps: readonly number[],
  frames: readonly Float32Array[],
  dim: number,
): Table {
  const rows: number[][] = [];
  frames.forEach((frame, f) => {
    const t = timesteps[f] as number;
    for (let i = 0; i * dim < frame.length; i++) {
      rows.push([t, i, ...frame.subarray(i * dim, (i + 1) * dim)]);
    }
  });
  return { columns: ["t", "point", ...coordinateNames(dim)], rows };
}

const cell = (x: number): string => (Number.isFinite(x) ? String(x) : x > 0 ? "inf" : x < 0 ? "-inf" : "");

/** RFC 4180 CSV: a header row, then one line per row. */
export function toCsv(table: Table): string {
  const lines = [table.columns.join(","), ...table.rows.map((row) => row.map(cell).join(","))];
  return `${lines.join("\n")}\n`;
}

/** JSON: one object per row keyed by column name; infinities become the strings "inf" / "-inf". */
export function toJson(table: Table): string {
  const records = table.rows.map((row) =>
    Object.fromEntries(row.map((x, i) => [table.columns[i], Number.isFinite(x) ? x : cell(x)])),
  );
  return JSON.stringify(records);
}
