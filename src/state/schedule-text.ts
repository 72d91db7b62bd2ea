/**
 * A whole schedule spec as one short, readable link value: the family, then its numbers in the order the
 * family's sliders show them. `cosine,200,8e-3`, `linear,1000,1e-4,0.02`, `constant,10,1`,
 * `custom,0.1,0.2,0.5` (custom lists its betas). Used for the pinned comparison schedule (`cmp`).
 */
import { SCHEDULE_FAMILIES, type ScheduleFamily, type ScheduleSpec } from "../core/schedule";
import { isValidSchedule, MAX_CUSTOM_BETAS } from "./settings-schema";
import { formatNumber, readNumberList } from "./url-values";

/** The numbers each family writes after its name; custom writes its betas instead. */
function numbersOf(spec: ScheduleSpec): readonly number[] {
  switch (spec.family) {
    case "linear":
    case "scaled_linear":
    case "sigmoid":
      return [spec.T, spec.betaStart, spec.betaEnd];
    case "cosine":
      return [spec.T, spec.s];
    case "constant":
      return [spec.T, spec.beta];
    case "custom":
      return spec.betas;
  }
}

/** The spec of a family from its numbers, or null when there are not exactly as many as it needs. */
function specOf(family: ScheduleFamily, n: readonly number[]): ScheduleSpec | null {
  const [T = NaN, a = NaN, b = NaN] = n;
  switch (family) {
    case "linear":
    case "scaled_linear":
    case "sigmoid":
      return n.length === 3 ? { family, T, betaStart: a, betaEnd: b } : null;
    case "cosine":
      return n.length === 2 ? { family, T, s: a } : null;
    case "constant":
      return n.length === 2 ? { family, T, beta: a } : null;
    case "custom":
      return { family, betas: n };
  }
}

/** `family,number,…`, numbers written exactly and compactly (1e-4, 0.02, 200). */
export function writeScheduleText(spec: ScheduleSpec): string {
  return [spec.family, ...numbersOf(spec).map(formatNumber)].join(",");
}

const isFamily = (word: string): word is ScheduleFamily =>
  (SCHEDULE_FAMILIES as readonly string[]).includes(word);

/**
 * The spec a link value describes, or null when it names no family, has the wrong count of numbers, or
 * any number is outside the settings' bounds (T a whole number up to 10000, every β and s in [0, 1]).
 */
export function readScheduleText(raw: string): ScheduleSpec | null {
  const comma = raw.indexOf(",");
  const family = comma < 0 ? raw : raw.slice(0, comma);
  if (!isFamily(family) || comma < 0) return null;
  // One more than any family keeps, so an over-long custom list is noticed rather than cut short.
  const numbers = readNumberList(raw.slice(comma + 1), MAX_CUSTOM_BETAS + 1);
  const spec = numbers && specOf(family, numbers);
  return spec && isValidSchedule(spec) ? spec : null;
}
