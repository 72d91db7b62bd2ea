import { isUndefined } from "../../core/maybe";
import { formatNumber } from "../controls/format";
import type { Value } from "./problem";

/** Significant digits of the calculator's numbers: enough to check homework answers. */
export const CALCULATOR_DIGITS = 4;

/** A list as "[a, b, c]". */
export const formatList = (values: readonly number[]): string =>
  `[${values.map((x) => formatNumber(x, CALCULATOR_DIGITS)).join(", ")}]`;

/** A value as lines of text (a matrix gets one line per row), or null when it is undefined. */
export function valueLines(value: Value): string[] | null {
  if (isUndefined(value)) return null;
  if (typeof value === "number") return [formatNumber(value, CALCULATOR_DIGITS)];
  if (value.length > 0 && Array.isArray(value[0])) return (value as readonly number[][]).map(formatList);
  return [formatList(value as readonly number[])];
}
