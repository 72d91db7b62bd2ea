/**
 * What the charts cannot say by themselves: when a schedule will not reach noise, and which quantities are
 * infinite or undefined at a timestep, in words (the page never prints NaN).
 */
import type { Schedule } from "../../core/schedule";
import { formatNumber } from "../controls/format";

/** ᾱ_T above this leaves enough of x_0 in x_T that N(0, I) is a poor stand-in for q(x_T). */
export const ALPHA_BAR_T_LIMIT = 0.01;

/** The first timestep where ᾱ_t = 0 (a β of 1, or so many large betas that ᾱ underflows), or null. */
export function firstPureNoise(schedule: Schedule): number | null {
  const i = schedule.alphaBars.findIndex((a) => a === 0);
  return i < 0 ? null : i + 1;
}

/** Warnings about a whole schedule, each a sentence with the value that triggered it. */
export function scheduleWarnings(schedule: Schedule): string[] {
  const T = schedule.T;
  const alphaBarT = schedule.alphaBars[T - 1] as number;
  const warnings: string[] = [];
  if (alphaBarT === 1) {
    warnings.push(`β = 0 at every step: nothing is ever added, x_T = x_0, and N(0, I) never matches q(x_T).`);
  } else if (alphaBarT > ALPHA_BAR_T_LIMIT) {
    warnings.push(
      `ᾱ_T = ${formatNumber(alphaBarT)}: x_T still holds ${formatNumber(schedule.sqrtAlphaBars[T - 1] as number)}·x_0, ` +
        `so sampling from N(0, I) will not match q(x_T).`,
    );
  }
  const pure = firstPureNoise(schedule);
  if (pure !== null) {
    warnings.push(
      `ᾱ_t = 0 from t = ${pure}: nothing of x_0 is left, so from there SNR = 0 (log SNR = −∞) ` +
        `and x_t says nothing about x_0.`,
    );
  }
  return warnings;
}

/** Notes on the quantities at timestep t that are infinite or undefined there (ᾱ_t = 0 is a warning). */
export function notesAt(schedule: Schedule, t: number): string[] {
  const i = t - 1;
  const notes: string[] = [];
  if (schedule.oneMinusAlphaBars[i] === 0) {
    notes.push(
      `At t = ${t} no noise has been added yet: SNR = ∞, and β̃_t = 0/0 is undefined (its limit 0 is used).`,
    );
  }
  if (schedule.betas[i] === 1) {
    notes.push(`β_t = 1: 1/√α_t is undefined, so the DDPM reverse mean cannot be computed at t = ${t}.`);
  }
  return notes;
}
