/** Inputs and intermediate rows that several problems share: the linear schedule and the timestep. */
import { MAX_SETTINGS_T } from "../../../state/settings-schema";
import { makeSchedule, type Schedule } from "../../../core/schedule";
import { index, type Timestep } from "../../../core/timestep";
import { numberField, vectorField } from "../fields";
import type { Row } from "../problem";

/** T, β_start and β_end of a linear schedule (numpy.linspace(β_start, β_end, T), as the problems use). */
export function scheduleFields(example: { T: number; betaStart: number; betaEnd: number }) {
  const probability = { min: 0, max: 1 };
  return {
    T: numberField(
      { tex: "T", symbol: "T", words: "number of steps", example: String(example.T) },
      { min: 1, max: MAX_SETTINGS_T, integer: true },
    ),
    betaStart: numberField(
      { tex: "\\beta_1", symbol: "β_start", words: "first β", example: String(example.betaStart) },
      probability,
    ),
    betaEnd: numberField(
      { tex: "\\beta_T", symbol: "β_end", words: "last β", example: String(example.betaEnd) },
      probability,
    ),
  };
}

/** The timestep field; its range is checked against T by `timestepProblem`. */
export const timestepField = (example: number, zeroBased: boolean) =>
  numberField(
    {
      tex: "t",
      symbol: "t",
      words: zeroBased ? "array position, 0-based" : "timestep, 1-indexed",
      example: String(example),
    },
    { min: 0, max: MAX_SETTINGS_T, integer: true },
  );

/** A list field with an example. */
export const listField = (tex: string, symbol: string, words: string, example: string) =>
  vectorField({ tex, symbol, words, example });

/** Why t does not fit a schedule of T steps under the problem's convention, or null. */
export function timestepProblem(t: number, T: number, zeroBased: boolean): string | null {
  const [low, high] = zeroBased ? [0, T - 1] : [1, T];
  const convention = zeroBased ? "a 0-based position" : "1-indexed";
  return t < low || t > high ? `t (${convention}) must lie in ${low}..${high} for T = ${T}, got ${t}` : null;
}

/** The problem's linear schedule. */
export const linearSchedule = (v: { T: number; betaStart: number; betaEnd: number }): Schedule =>
  makeSchedule({ family: "linear", T: v.T, betaStart: v.betaStart, betaEnd: v.betaEnd });

/** β_t, α_t and ᾱ_t at timestep `step` (named t in the problem's own convention). */
export function scheduleRows(schedule: Schedule, step: Timestep): Row[] {
  const i = index(step);
  return [
    {
      tex: "\\beta_t",
      text: "β_t",
      words: "noise variance added at step t",
      value: schedule.betas[i] as number,
    },
    {
      tex: "\\alpha_t = 1-\\beta_t",
      text: "α_t = 1 − β_t",
      words: "signal kept by step t",
      value: schedule.alphas[i] as number,
    },
    {
      tex: "\\bar\\alpha_t = \\textstyle\\prod_{s\\le t}\\alpha_s",
      text: "ᾱ_t = ∏ α_s",
      words: "signal left of x₀",
      value: schedule.alphaBars[i] as number,
    },
  ];
}

/** √ᾱ_t and √(1 − ᾱ_t): the scales of x_0 and of the noise in x_t. */
export function marginalRows(schedule: Schedule, step: Timestep): Row[] {
  const i = index(step);
  return [
    {
      tex: "\\sqrt{\\bar\\alpha_t}",
      text: "√ᾱ_t",
      words: "scale of x₀ in x_t",
      value: schedule.sqrtAlphaBars[i] as number,
    },
    {
      tex: "\\sqrt{1-\\bar\\alpha_t}",
      text: "√(1 − ᾱ_t)",
      words: "scale of the noise in x_t",
      value: schedule.sqrtOneMinusAlphaBars[i] as number,
    },
  ];
}
