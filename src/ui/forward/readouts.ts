/**
 * The numbers under the forward plot for the current t, with the degenerate cases said in words: a value
 * that makes the picture freeze (β = 0) or jump to pure noise (β = 1, ᾱ = 0) gets a short label, and a
 * value near 1 keeps the digits that tell it from 1 (ᾱ_1 = 0.9999 is not "no noise").
 */
import type { Schedule } from "../../core/schedule";
import { formatNearOne } from "../controls/format";

/** One readout: its symbol (TeX, and plain text until KaTeX loads), the value as shown, and a word on
 * what an extreme value means (or null). */
export interface Readout {
  readonly tex: string;
  readonly symbol: string;
  readonly value: string;
  readonly note: string | null;
}

const at = (values: Float64Array, t: number): number => values[t - 1] as number;

/** β_t, ᾱ_t, √ᾱ_t and √(1 − ᾱ_t) at timestep t (1..T); t itself is shown by the playback controls. */
export function readoutsAt(schedule: Schedule, t: number): Readout[] {
  const beta = at(schedule.betas, t);
  const alphaBar = at(schedule.alphaBars, t);
  return [
    {
      tex: "\\beta_t",
      symbol: "β_t",
      value: formatNearOne(beta),
      note: beta === 0 ? "no noise added" : beta === 1 ? "all noise" : null,
    },
    {
      tex: "\\bar\\alpha_t",
      symbol: "ᾱ_t",
      value: formatNearOne(alphaBar),
      note: alphaBar === 1 ? "x₀ untouched" : alphaBar === 0 ? "x₀ forgotten" : null,
    },
    {
      tex: "\\sqrt{\\bar\\alpha_t}",
      symbol: "√ᾱ_t",
      value: formatNearOne(at(schedule.sqrtAlphaBars, t)),
      note: null,
    },
    {
      tex: "\\sqrt{1-\\bar\\alpha_t}",
      symbol: "√(1−ᾱ_t)",
      value: formatNearOne(at(schedule.sqrtOneMinusAlphaBars, t)),
      note: null,
    },
  ];
}

/** A sentence for the settings where the picture does something surprising at t, or null. */
export function timestepNote(schedule: Schedule, t: number): string | null {
  const alphaBar = at(schedule.alphaBars, t);
  const beta = at(schedule.betas, t);
  const lastAlphaBar = at(schedule.alphaBars, schedule.T);
  if (lastAlphaBar === 1) return "Every β is 0: no noise is ever added, so x_t = x₀ for all t.";
  if (alphaBar === 1) return "No noise added yet (β = 0 so far): x_t = x₀.";
  if (alphaBar === 0) {
    return beta === 1 && (t === 1 || at(schedule.alphaBars, t - 1) > 0)
      ? "β_t = 1: this one step replaces x with pure noise; nothing of x₀ is left."
      : "ᾱ_t = 0: x_t is pure noise; nothing of x₀ is left.";
  }
  if (schedule.T === 1) return "T = 1: a single step takes x₀ to x₁.";
  return null;
}
