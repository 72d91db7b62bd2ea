/**
 * The calculator's input fields: each reads the text a user typed into a number, a list or a matrix, or
 * says in words what is wrong with it. Lists take commas or spaces; matrix rows end with ";" or a new line.
 */
import { parseTypedNumber } from "../controls/format";

/** A parsed field: its value, or why the text could not be read. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** One input of a problem. */
export interface Field<T> {
  /** The symbol, as TeX and as plain text (the label's fallback and accessible name). */
  readonly tex: string;
  readonly symbol: string;
  /** Plain words: what the value is. */
  readonly words: string;
  /** The problem's example, prefilled. */
  readonly example: string;
  /** A wide input (lists and matrices). */
  readonly wide: boolean;
  parse(raw: string): Parsed<T>;
}

type Label = Pick<Field<unknown>, "tex" | "symbol" | "words" | "example">;

const fail = (label: Label, message: string): { ok: false; message: string } => ({
  ok: false,
  message: `${label.symbol} (${label.words}): ${message}`,
});

/** A number as people type it: a Unicode minus and surrounding spaces are fine; NaN and ∞ are not. */
export function readNumber(raw: string): number | null {
  const value = parseTypedNumber(raw);
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Splits a list on commas and white space. */
const items = (raw: string): string[] => raw.split(/[\s,]+/).filter((item) => item !== "");

/** A single number within [min, max] (whole when `integer`). */
export function numberField(
  label: Label,
  range: { min: number; max: number; integer?: boolean },
): Field<number> {
  const kind = range.integer ? "a whole number" : "a number";
  return {
    ...label,
    wide: false,
    parse: (raw) => {
      const value = readNumber(raw);
      if (value === null) return fail(label, `"${raw.trim()}" is not ${kind}`);
      if (range.integer && !Number.isInteger(value)) return fail(label, `must be ${kind}, got ${value}`);
      if (value < range.min || value > range.max) {
        return fail(label, `must be ${kind} from ${range.min} to ${range.max}, got ${value}`);
      }
      return { ok: true, value };
    },
  };
}

/** A list of numbers, at least one. */
export function vectorField(label: Label): Field<number[]> {
  return {
    ...label,
    wide: true,
    parse: (raw) => {
      const parts = items(raw);
      if (parts.length === 0) return fail(label, "enter at least one number");
      const values = parts.map(readNumber);
      const bad = parts.find((_, i) => values[i] === null);
      if (bad !== undefined) return fail(label, `"${bad}" is not a number`);
      return { ok: true, value: values as number[] };
    },
  };
}

/** Rows of numbers, all equally long. */
export function matrixField(label: Label): Field<number[][]> {
  const row = vectorField(label);
  return {
    ...label,
    wide: true,
    parse: (raw) => {
      const rows: number[][] = [];
      for (const text of raw.split(/[;\n]/).filter((line) => line.trim() !== "")) {
        const parsed = row.parse(text);
        if (!parsed.ok) return parsed;
        rows.push(parsed.value);
      }
      if (rows.length === 0) return fail(label, "enter at least one row");
      const width = (rows[0] as number[]).length;
      if (rows.some((r) => r.length !== width)) {
        return fail(label, `every row needs the same number of values (the first has ${width})`);
      }
      return { ok: true, value: rows };
    },
  };
}
