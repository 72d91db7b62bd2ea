/**
 * How single values look in a link: numbers written compactly and read with valibot, then clamped to
 * their bounds; menu choices checked against their options; and the plain-text reasons given when a value
 * is not used as written. The table of keys (url-schema.ts) is built from these pieces.
 */
import * as v from "valibot";
import type { NumberRange } from "./settings-schema";

/** A raw value read: the value to use, and when it is not the value as written, why (after the label). */
export interface Parsed<V> {
  readonly value: V;
  readonly problem?: string;
}

/** One key of a link; `C` is what the key may look at: the values of the keys read before it. */
export interface KeySpec<V, C> {
  /** The setting in plain words; notices start with it ("T must be …"). */
  readonly label: string;
  /** What a link without this key means; may depend on earlier keys (t's default is capped at T). */
  readonly fallback: (earlier: C) => V;
  /** Reads a percent-decoded raw value; never throws. */
  readonly parse: (raw: string, earlier: C) => Parsed<V>;
  readonly write: (value: V) => string;
  /** Why this value cannot go into a link at all, or null (only a drawing can be too large). */
  readonly linkProblem?: (value: V) => string | null;
}

/** Writes a number in the fewest characters that read back exactly: 1e-4, 0.02, 200 (not 2e2). */
export function formatNumber(x: number): string {
  const plain = String(x).replace("e+", "e");
  if (Number.isInteger(x)) return plain;
  const exponential = x.toExponential().replace("e+", "e");
  return exponential.length < plain.length ? exponential : plain;
}

/** No number a link needs is longer; capping first keeps a huge value from costing time to reject. */
const MAX_NUMBER_CHARS = 64;

/**
 * A decimal number as links write it (no hex, no "Infinity", no blanks); −0 reads as 0, like the defaults.
 * The pattern has no two quantifiers that can split the same run of digits, so rejecting is linear.
 */
const NUMBER_TEXT = v.pipe(
  v.string(),
  v.maxLength(MAX_NUMBER_CHARS),
  v.regex(/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i),
  v.transform((text) => Number(text) + 0),
);

/**
 * Comma-separated numbers, at most `limit` of them read (a caller passes one more than it keeps, to notice
 * a list that is too long), or null when any is not a number.
 */
export function readNumberList(raw: string, limit: number): number[] | null {
  const read = v.safeParse(v.array(NUMBER_TEXT), raw.split(",", limit));
  return read.success ? read.output : null;
}

/** Notices quote at most this much of what the link said, so a hostile link cannot fill the page. */
const MAX_QUOTED_CHARS = 24;

/** A short, printable quotation of raw input: control, formatting and lone surrogate characters become "?". */
function quote(raw: string): string {
  const shown = raw.slice(0, MAX_QUOTED_CHARS).replace(/\p{C}/gu, "?");
  return `"${shown}${raw.length > MAX_QUOTED_CHARS ? "…" : ""}"`;
}

/** The fallback and the reason, for a raw value that could not be read at all. */
export function rejected<V>(expected: string, raw: string, value: V, shown: string): Parsed<V> {
  return { value, problem: `must be ${expected} (the link says ${quote(raw)}); using ${shown}` };
}

/** "a whole number from 1 to 10000", "a number from 0 to 1". */
export function describeRange(range: NumberRange): string {
  const kind = range.integer ? "a whole number" : "a number";
  return `${kind} from ${formatNumber(range.min)} to ${formatNumber(range.max)}`;
}

/**
 * A number within the range: read with valibot, clamped to the nearest bound when outside it, or the
 * fallback (shown as `shown`) when it is no number of the right kind.
 */
export function parseNumber<F>(
  raw: string,
  range: NumberRange,
  expected: string,
  fallback: F,
  shown: string,
): Parsed<number | F> {
  const read = v.safeParse(NUMBER_TEXT, raw);
  const x = read.success ? read.output : NaN;
  // Infinities (1e999) count as out of range; 2.5 where a whole number is needed is simply wrong.
  if (Number.isNaN(x) || (range.integer && Number.isFinite(x) && !Number.isInteger(x))) {
    return rejected(expected, raw, fallback, shown);
  }
  if (x >= range.min && x <= range.max) return { value: x };
  const clamped = x < range.min ? range.min : range.max;
  return { value: clamped, problem: `must be ${expected}; using ${formatNumber(clamped)}` };
}

/** A fixed value, or one computed from the keys read before. */
type Dependent<V, C> = V | ((earlier: C) => V);
const resolve = <V, C>(value: Dependent<V, C>, earlier: C): V =>
  typeof value === "function" ? (value as (earlier: C) => V)(earlier) : value;

/** A numeric key: bounds and default may depend on earlier keys (a timestep's on T). */
export function numberKey<C>(
  label: string,
  range: Dependent<NumberRange, C>,
  fallback: Dependent<number, C>,
): KeySpec<number, C> {
  return {
    label,
    fallback: (earlier) => resolve(fallback, earlier),
    parse: (raw, earlier) => {
      const bounds = resolve(range, earlier);
      const value = resolve(fallback, earlier);
      return parseNumber(raw, bounds, describeRange(bounds), value, formatNumber(value));
    },
    write: formatNumber,
  };
}

/** A menu key: one of a fixed list of words. */
export function choiceKey<const O extends readonly string[]>(
  label: string,
  options: O,
  fallback: O[number],
): KeySpec<O[number], unknown> {
  const schema = v.picklist(options);
  return {
    label,
    fallback: () => fallback,
    parse: (raw) => {
      const read = v.safeParse(schema, raw);
      return read.success
        ? { value: read.output }
        : rejected(`one of ${options.join(", ")}`, raw, fallback, fallback);
    },
    write: (value) => value,
  };
}
