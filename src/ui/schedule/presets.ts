/**
 * Schedules worth opening by name: the homework's short chains, the DDPM paper's and Nichol & Dhariwal's
 * schedules, and the two extremes, each with one sentence on what to look for.
 */
import type { ScheduleSpec } from "../../core/schedule";
import { DEFAULT_SETTINGS } from "../../state/settings";
import { writeScheduleText } from "../../state/schedule-text";

export interface SchedulePreset {
  readonly id: string;
  /** The menu entry, short enough for the narrow column. */
  readonly label: string;
  readonly group: string;
  readonly spec: ScheduleSpec;
  /** What to look for, in one sentence. */
  readonly look: string;
}

/** The extremes use a short chain, so each step is visible. */
const EXTREME_T = 10;

export const PRESETS: readonly SchedulePreset[] = [
  {
    id: "default",
    label: "Playground default",
    group: "This page",
    spec: DEFAULT_SETTINGS.schedule,
    look: "The recipe this page trains with: β from 5e−4 to 0.1 leaves ᾱ_T ≈ 3e−5, close enough to 0 to sample from N(0, I).",
  },
  {
    id: "hw-small",
    label: "β = 0.01, 0.01, 0.01",
    group: "Homework",
    spec: { family: "custom", betas: [0.01, 0.01, 0.01] },
    look: "Tiny steps: ᾱ_3 ≈ 0.97, so x_3 is still mostly x_0 and N(0, I) is nothing like q(x_3).",
  },
  {
    id: "hw-growing",
    label: "β = 0.1, 0.2, 0.5",
    group: "Homework",
    spec: { family: "custom", betas: [0.1, 0.2, 0.5] },
    look: "ᾱ goes 0.9 → 0.72 → 0.36: the last and largest step removes the most signal.",
  },
  {
    id: "hw-shrinking",
    label: "β = 0.5, 0.2, 0.1",
    group: "Homework",
    spec: { family: "custom", betas: [0.5, 0.2, 0.1] },
    look: "The same betas reversed: ᾱ_3 is the same 0.36 (a product ignores order), but half of x_0's variance is gone after step 1.",
  },
  {
    id: "hw-huge",
    label: "β = 0.99, 0.99, 0.99",
    group: "Homework",
    spec: { family: "custom", betas: [0.99, 0.99, 0.99] },
    look: "Huge steps: ᾱ_1 = 0.01, so x_1 is already almost pure noise, and ᾱ_3 = 1e−6.",
  },
  {
    id: "hw-four",
    label: "T = 4, β = 0.4, 0.3, 0.2, 0.1",
    group: "Homework",
    spec: { family: "custom", betas: [0.4, 0.3, 0.2, 0.1] },
    look: "Shrinking steps: ᾱ goes 0.6 → 0.42 → 0.336 → 0.302, and ᾱ_4 ≈ 0.3 is far from 0, so x_4 still shows x_0.",
  },
  {
    id: "ddpm",
    label: "DDPM linear, T = 1000",
    group: "Papers",
    spec: { family: "linear", T: 1000, betaStart: 1e-4, betaEnd: 0.02 },
    look: "Ho et al.'s β from 1e−4 to 0.02: ᾱ_t is below 0.03 from t ≈ 590, so the last 400 steps work on almost pure noise.",
  },
  {
    id: "cosine",
    label: "Cosine, T = 1000",
    group: "Papers",
    spec: { family: "cosine", T: 1000, s: 0.008 },
    look: "Nichol & Dhariwal's cosine: ᾱ_t falls slowly at both ends and evenly in between (ᾱ ≈ 0.5 at t = 500), with β_T capped at 0.999.",
  },
  {
    id: "zero",
    label: "β = 0 (nothing changes)",
    group: "Extremes",
    spec: { family: "constant", T: EXTREME_T, beta: 0 },
    look: "ᾱ_t = 1 and x_t = x_0 at every t: SNR is infinite, and no noise ever appears.",
  },
  {
    id: "one",
    label: "β = 1 (noise in one step)",
    group: "Extremes",
    spec: { family: "constant", T: EXTREME_T, beta: 1 },
    look: "ᾱ_t = 0 from t = 1, so x_1 is already pure N(0, I) noise and log SNR = −∞ at every t.",
  },
];

/** Whether two specs describe the same schedule (the same link text). */
export function sameSchedule(a: ScheduleSpec, b: ScheduleSpec): boolean {
  return writeScheduleText(a) === writeScheduleText(b);
}

/** The preset a schedule is, or null. */
export function presetOf(spec: ScheduleSpec): SchedulePreset | null {
  return PRESETS.find((preset) => sameSchedule(preset.spec, spec)) ?? null;
}
