/**
 * How the Schedule panel changes settings: a new schedule with both timesteps kept inside its T, family
 * switches that keep the parameters that still apply, and the edits of a custom schedule (drawing,
 * arrow keys, typed betas). Pure functions of plain data.
 */
import { makeSchedule, type ScheduleFamily, type ScheduleSpec } from "../../core/schedule";
import { respace } from "../../core/sampling/respace";
import {
  scheduleLength,
  scheduleSpecFor,
  type ScheduleParameters,
  type Settings,
} from "../../state/settings";
import { MAX_CUSTOM_BETAS } from "../../state/settings-schema";
import { parseTypedNumber } from "../controls/format";

/** The settings with another schedule; t and the reconstruction start move down to its T if they must. */
export function withSchedule(settings: Settings, schedule: ScheduleSpec): Settings {
  const T = scheduleLength(schedule);
  return {
    ...settings,
    schedule,
    t: Math.min(settings.t, T),
    reverse: { ...settings.reverse, tStart: Math.min(settings.reverse.tStart, T) },
  };
}

/** The parameter set with whatever the spec says (a custom spec's T is its number of betas). */
export function rememberParameters(p: ScheduleParameters, spec: ScheduleSpec): ScheduleParameters {
  switch (spec.family) {
    case "linear":
    case "scaled_linear":
    case "sigmoid":
      return { ...p, T: spec.T, betaStart: spec.betaStart, betaEnd: spec.betaEnd };
    case "cosine":
      return { ...p, T: spec.T, s: spec.s };
    case "constant":
      return { ...p, T: spec.T, beta: spec.beta };
    case "custom":
      return { ...p, T: spec.betas.length, betas: spec.betas };
  }
}

/** Betas in custom schedules and drawings keep this many significant digits, so links stay short. */
const CUSTOM_DIGITS = 4;
const rounded = (beta: number): number => Number(beta.toPrecision(CUSTOM_DIGITS));

/** A custom schedule that starts from another schedule's betas, and what had to change to fit. */
export interface CustomStart {
  readonly betas: readonly number[];
  /** Why the betas are not the schedule's own (it was longer than MAX_CUSTOM_BETAS), or null. */
  readonly note: string | null;
}

/**
 * The betas of a schedule, as a custom schedule can hold them. A schedule longer than MAX_CUSTOM_BETAS is
 * respaced to that many evenly spread steps, each jump taking the product of the α's it spans, so ᾱ at the
 * steps kept (ᾱ_T included) stays what it was.
 */
export function customStart(spec: ScheduleSpec): CustomStart {
  const schedule = makeSchedule(spec);
  if (schedule.T <= MAX_CUSTOM_BETAS) return { betas: Array.from(schedule.betas, rounded), note: null };
  const respaced = respace(schedule, schedule.T, MAX_CUSTOM_BETAS).schedule;
  return {
    betas: Array.from(respaced.betas, rounded),
    note:
      `Custom schedules hold at most ${MAX_CUSTOM_BETAS} betas and this one had T = ${schedule.T}, ` +
      `so it was respaced to ${MAX_CUSTOM_BETAS} evenly spread steps with the same ᾱ at those steps.`,
  };
}

/** The spec after switching family: custom starts from the current betas, others from the parameters. */
export function switchFamily(
  spec: ScheduleSpec,
  family: ScheduleFamily,
  remembered: ScheduleParameters,
): { spec: ScheduleSpec; note: string | null } {
  if (family === spec.family) return { spec, note: null };
  if (family === "custom") {
    const start = customStart(spec);
    return { spec: { family, betas: start.betas }, note: start.note };
  }
  return { spec: scheduleSpecFor(family, rememberParameters(remembered, spec)), note: null };
}

/** A point of a drawing on the β chart: a timestep and the β there. */
export interface DrawPoint {
  readonly t: number;
  readonly beta: number;
}

const clampBeta = (beta: number): number => rounded(Math.min(1, Math.max(0, beta)));

/**
 * The betas after the pointer moved from `from` to `to` (or touched `to` when `from` is null): every
 * timestep it crossed gets the β on the straight line between them, so a fast stroke leaves no gaps.
 */
export function drawBetas(betas: readonly number[], from: DrawPoint | null, to: DrawPoint): number[] {
  const next = betas.slice();
  const start = from ?? to;
  const [lo, hi] = start.t <= to.t ? [start.t, to.t] : [to.t, start.t];
  for (let t = Math.max(1, lo); t <= Math.min(betas.length, hi); t++) {
    const f = hi === lo ? 1 : (t - start.t) / (to.t - start.t);
    next[t - 1] = clampBeta(start.beta + f * (to.beta - start.beta));
  }
  return next;
}

/** The betas with β_t moved by `delta`, kept in [0, 1]. */
export function nudgeBeta(betas: readonly number[], t: number, delta: number): number[] {
  const next = betas.slice();
  next[t - 1] = clampBeta((betas[t - 1] as number) + delta);
  return next;
}

/** Typed betas, or why they cannot be used (in words for the field's error message). */
export type ParsedBetas = { readonly betas: number[] } | { readonly error: string };

/** Betas typed as numbers separated by commas, spaces or semicolons ("0.1, 0.2, 0.5"). */
export function parseBetasText(text: string): ParsedBetas {
  const words = text.split(/[\s,;]+/).filter((word) => word !== "");
  if (words.length === 0) return { error: "Enter at least one β, e.g. 0.1, 0.2, 0.5" };
  if (words.length > MAX_CUSTOM_BETAS)
    return { error: `A custom schedule holds at most ${MAX_CUSTOM_BETAS} betas; this has ${words.length}` };
  const betas: number[] = [];
  for (const word of words) {
    const beta = parseTypedNumber(word) ?? NaN;
    if (Number.isNaN(beta)) return { error: `"${word.slice(0, 12)}" is not a number` };
    if (beta < 0 || beta > 1) return { error: `Each β must lie in [0, 1]; ${word} does not` };
    betas.push(beta + 0);
  }
  return { betas };
}
