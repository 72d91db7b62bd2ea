/**
 * What a calculator problem is: its inputs, its convention, and how it is solved: the answers by the
 * worker (src/core/seeds.ts through the `calculator` API), the intermediate values by the same core
 * functions on the main thread (a handful of numbers each).
 */
import { isUndefined, undefinedBecause, type Undefined } from "../../core/maybe";
import type { CalculatorProblemId } from "../../state/calculator-view";
import type { Calculate } from "../../state/slices/calculator-slice";
import type { Field } from "./fields";

/** A value the calculator shows: a number, a list, a matrix, or why it does not exist. */
export type Value = number | readonly number[] | readonly (readonly number[])[] | Undefined;

/** One line of the worked solution: a formula (TeX and plain text), what it means, and its value. */
export interface Row {
  readonly tex: string;
  readonly text: string;
  readonly words: string;
  readonly value: Value;
  /** One of the problem's answers (computed by the worker). */
  readonly answer?: boolean;
}

/** A problem with typed inputs V. */
export interface ProblemSpec<V> {
  readonly id: CalculatorProblemId;
  readonly title: string;
  /** One line: what is computed. */
  readonly summary: string;
  /** One line: how t is counted (and any other convention of the problem's own). */
  readonly convention: string;
  readonly fields: { readonly [K in keyof V]: Field<V[K]> };
  /** Checks that need several fields (lengths that must agree, t within 1..T); a message or null. */
  check(values: V): string | null;
  solve(values: V, calculate: Calculate): Promise<Row[]>;
}

/** Inputs read: a way to solve them, or what is wrong with them. */
export type Prepared =
  | { readonly ok: true; solve(calculate: Calculate): Promise<Row[]> }
  | { readonly ok: false; readonly messages: readonly InputMessage[] };

/** What is wrong with the inputs; `field` names the one input at fault, if it is only one. */
export interface InputMessage {
  readonly field?: string;
  readonly message: string;
}

/** A problem seen from the dialog: its fields by key, and raw text in, a solution (or messages) out. */
export interface Problem {
  readonly id: CalculatorProblemId;
  readonly title: string;
  readonly summary: string;
  readonly convention: string;
  readonly fields: readonly (readonly [string, Field<unknown>])[];
  prepare(raw: Readonly<Record<string, string>>): Prepared;
}

/** Hides a problem's input types behind the text-in interface the dialog uses. */
export function defineProblem<V extends object>(spec: ProblemSpec<V>): Problem {
  const fields = Object.entries(spec.fields) as [string, Field<unknown>][];
  return {
    id: spec.id,
    title: spec.title,
    summary: spec.summary,
    convention: spec.convention,
    fields,
    prepare: (raw) => {
      const values: Record<string, unknown> = {};
      const messages: InputMessage[] = [];
      for (const [key, field] of fields) {
        const parsed = field.parse(raw[key] ?? "");
        if (parsed.ok) values[key] = parsed.value;
        else messages.push({ field: key, message: parsed.message });
      }
      if (messages.length > 0) return { ok: false, messages };
      const typed = values as V;
      const problem = spec.check(typed);
      return problem
        ? { ok: false, messages: [{ message: problem }] }
        : { ok: true, solve: (c) => spec.solve(typed, c) };
    },
  };
}

/** The example inputs of a problem, by field key. */
export const examplesOf = (problem: Problem): Record<string, string> =>
  Object.fromEntries(problem.fields.map(([key, field]) => [key, field.example]));

/** The inputs on show: the example, with what was typed (kept in the settings) over it; unknown keys are ignored. */
export const inputsOf = (
  problem: Problem,
  edits: Readonly<Record<string, string>> = {},
): Record<string, string> =>
  Object.fromEntries(problem.fields.map(([key, field]) => [key, edits[key] ?? field.example]));

/** What the settings (and a link) keep of the inputs: the fields that differ from the example. */
export const editsOf = (problem: Problem, raw: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(
    problem.fields.flatMap(([key, field]) => {
      const text = raw[key];
      return text === undefined || text === field.example ? [] : [[key, text]];
    }),
  );

/** The core marks a quantity that does not exist by throwing "undefined: <reason>" (see orThrow). */
const UNDEFINED_PREFIX = "undefined: ";

/** A worker answer, or the reason it does not exist when the core says so; other errors propagate. */
export async function answerOrUndefined<T>(answer: Promise<T>): Promise<T | Undefined> {
  try {
    return await answer;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith(UNDEFINED_PREFIX)) return undefinedBecause(message.slice(UNDEFINED_PREFIX.length));
    throw error;
  }
}

/** A list of values, or the reason when any of them is undefined. */
export const whenDefined = <T>(value: T | Undefined, show: (value: T) => Value): Value =>
  isUndefined(value) ? value : show(value);

/** "must have as many values as x_0 (2)", or null when every list is as long as the first. */
export function sameLengths(lists: readonly (readonly [string, readonly number[]])[]): string | null {
  const [first, ...rest] = lists;
  if (!first) return null;
  const mismatch = rest.find(([, list]) => list.length !== first[1].length);
  return mismatch
    ? `${mismatch[0]} must have as many values as ${first[0]} (${first[1].length}), got ${mismatch[1].length}`
    : null;
}
