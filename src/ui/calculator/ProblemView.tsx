import { useEffect, useId, useMemo, useState } from "react";
import type { Calculation } from "../../state/slices/calculator-slice";
import { Tex } from "../math/Tex";
import { useAppStore } from "../store-context";
import { examplesOf, type InputMessage, type Problem, type Row } from "./problem";
import { panelId, tabId } from "./ProblemTabs";
import { SolutionTable } from "./SolutionTable";

/** What the solution area shows: the worked rows, what is wrong with the inputs, or that it is computing. */
type Solution =
  | { readonly kind: "rows"; readonly rows: readonly Row[] }
  | { readonly kind: "messages"; readonly messages: readonly InputMessage[] }
  | { readonly kind: "computing" };

/** One problem: its convention, its inputs (prefilled with the example) and its worked solution. */
export function ProblemView({
  problem,
  raw,
  onChange,
}: {
  problem: Problem;
  raw: Readonly<Record<string, string>>;
  onChange: (raw: Record<string, string>) => void;
}) {
  const solution = useSolution(problem, raw);
  const messageId = useId();
  const faulty = new Set(solution.kind === "messages" ? solution.messages.map((m) => m.field) : []);
  return (
    <div
      className="calc-problem"
      role="tabpanel"
      id={panelId(problem.id)}
      aria-labelledby={tabId(problem.id)}
    >
      <p className="calc-problem-summary">{problem.summary}</p>
      <p className="calc-problem-convention">
        <span className="calc-convention-tag">Convention</span> {problem.convention}
      </p>
      <div className="calc-problem-columns">
        <form className="calc-problem-inputs" onSubmit={(event) => event.preventDefault()}>
          {problem.fields.map(([key, field]) => (
            <label key={key} className={field.wide ? "calc-input calc-wide" : "calc-input"}>
              <span className="calc-input-label">
                <Tex tex={field.tex} text={field.symbol} />{" "}
                <span className="calc-input-words">{field.words}</span>
              </span>
              <input
                type="text"
                inputMode={field.wide ? "text" : "decimal"}
                spellCheck={false}
                aria-label={`${field.symbol} (${field.words})`}
                value={raw[key] ?? ""}
                aria-invalid={faulty.has(key) || undefined}
                aria-describedby={faulty.has(key) ? messageId : undefined}
                onChange={(event) => onChange({ ...raw, [key]: event.target.value })}
              />
            </label>
          ))}
          <button type="button" onClick={() => onChange(examplesOf(problem))}>
            Restore the example
          </button>
        </form>
        <div className="calc-problem-solution" aria-live="polite">
          {solution.kind === "messages" ? (
            <ul className="calc-input-messages" id={messageId} role="alert">
              {solution.messages.map((m) => (
                <li key={m.message}>{m.message}</li>
              ))}
            </ul>
          ) : solution.kind === "rows" ? (
            <SolutionTable rows={solution.rows} />
          ) : (
            <p className="calc-computing">Computing…</p>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * Solves the problem for the typed inputs on the worker; a newer input supersedes an older answer, which
 * stays on show until the new one arrives. Inputs that cannot be read show their messages at once.
 */
function useSolution(problem: Problem, raw: Readonly<Record<string, string>>): Solution {
  const store = useAppStore();
  const prepared = useMemo(() => problem.prepare(raw), [problem, raw]);
  const [solved, setSolved] = useState<Solution>({ kind: "computing" });
  useEffect(() => {
    if (!prepared.ok) return;
    let live = true;
    void store
      .getState()
      .calculate(prepared.solve)
      .then((result: Calculation<Row[]>) => {
        if (!live || result.status === "stale") return;
        setSolved(
          result.status === "ok"
            ? { kind: "rows", rows: result.value }
            : { kind: "messages", messages: [{ message: `Could not compute: ${result.message}` }] },
        );
      });
    return () => {
      live = false;
    };
  }, [prepared, store]);
  return prepared.ok ? solved : { kind: "messages", messages: prepared.messages };
}
