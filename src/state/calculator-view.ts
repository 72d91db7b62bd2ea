/**
 * The calculator in the settings, so a link opens it as it was shared: which textbook problem is open (none
 * while the dialog is closed) and the inputs typed that differ from each problem's example. Problems and
 * field keys are names in links, so they are checked here; what each field means is the UI's
 * (src/ui/calculator).
 */
import * as v from "valibot";

/** The five problems, named after their main function in src/core/seeds.ts, in the order the tabs show. */
export const CALCULATOR_PROBLEMS = [
  "diffusionLoss",
  "forwardBackward",
  "posterior",
  "losses",
  "trainingStep",
] as const;
export type CalculatorProblemId = (typeof CALCULATOR_PROBLEMS)[number];

/** Typed inputs by problem and field key; only those that differ from the example, and no empty problem. */
export type CalculatorEdits = Readonly<
  Partial<Record<CalculatorProblemId, Readonly<Record<string, string>>>>
>;

export interface CalculatorView {
  /** The problem on show, or null when the calculator is closed. */
  readonly open: CalculatorProblemId | null;
  /** Kept while the dialog is closed, so reopening it (or a link) shows what was typed. */
  readonly edits: CalculatorEdits;
}

export const DEFAULT_CALCULATOR: CalculatorView = Object.freeze({ open: null, edits: Object.freeze({}) });

/** A matrix of a few dozen numbers fits; a hostile link cannot make the page hold megabytes of text. */
export const MAX_CALCULATOR_INPUT_CHARS = 1000;

const FIELD_KEY = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/));
const PROBLEM_EDITS = v.pipe(
  v.record(FIELD_KEY, v.pipe(v.string(), v.maxLength(MAX_CALCULATOR_INPUT_CHARS))),
  v.check((fields) => Object.keys(fields).length > 0),
);

/** Valid edits: known problems, field keys that are identifiers, bounded text, no empty problem. */
export const CALCULATOR_EDITS_SCHEMA = v.pipe(
  // valibot's record would take an array (as an object with no keys).
  v.custom((value) => typeof value === "object" && value !== null && !Array.isArray(value)),
  v.record(v.picklist(CALCULATOR_PROBLEMS), PROBLEM_EDITS),
) as v.GenericSchema<unknown, CalculatorEdits>;

export const CALCULATOR_VIEW_SCHEMA = v.strictObject({
  open: v.nullable(v.picklist(CALCULATOR_PROBLEMS)),
  edits: CALCULATOR_EDITS_SCHEMA,
});

/** The edits with one problem's replaced; a problem left with no edits is dropped, so each state has one form. */
export function withProblemEdits(
  edits: CalculatorEdits,
  problem: CalculatorProblemId,
  fields: Readonly<Record<string, string>>,
): CalculatorEdits {
  const others = Object.fromEntries(Object.entries(edits).filter(([id]) => id !== problem));
  return Object.keys(fields).length > 0 ? { ...others, [problem]: fields } : others;
}

/**
 * The edits in the problems' order and each problem's fields in name order, so the same edits always
 * write the same link.
 */
export function canonicalEdits(edits: CalculatorEdits): CalculatorEdits {
  return Object.fromEntries(
    CALCULATOR_PROBLEMS.flatMap((id) => {
      const fields = edits[id];
      if (!fields) return [];
      const sorted = Object.keys(fields)
        .sort()
        .map((key) => [key, fields[key] as string]);
      return [[id, Object.fromEntries(sorted)]];
    }),
  );
}
