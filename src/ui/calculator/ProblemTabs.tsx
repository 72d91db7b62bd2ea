import type { KeyboardEvent } from "react";
import { PROBLEMS } from "./problems";
import type { CalculatorProblemId } from "../../state/calculator-view";

/** The id of a problem's tab and of its panel, so each can name the other. */
export const tabId = (id: CalculatorProblemId) => `calculator-tab-${id}`;
export const panelId = (id: CalculatorProblemId) => `calculator-panel-${id}`;

/** The problems as tabs: arrow keys, Home and End move between them (the ARIA tabs pattern). */
export function ProblemTabs({
  chosen,
  onChoose,
}: {
  chosen: CalculatorProblemId;
  onChoose: (id: CalculatorProblemId) => void;
}) {
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = PROBLEMS.findIndex((p) => p.id === chosen);
    const last = PROBLEMS.length - 1;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const problem = PROBLEMS[(next + PROBLEMS.length) % PROBLEMS.length];
    if (!problem) return;
    onChoose(problem.id);
    document.getElementById(tabId(problem.id))?.focus();
  };
  return (
    <div className="calculator-tabs" role="tablist" aria-label="Problems" onKeyDown={move}>
      {PROBLEMS.map((p, i) => (
        <button
          key={p.id}
          id={tabId(p.id)}
          type="button"
          role="tab"
          aria-selected={p.id === chosen}
          aria-controls={panelId(p.id)}
          tabIndex={p.id === chosen ? 0 : -1}
          onClick={() => onChoose(p.id)}
        >
          <span className="calc-tab-number">{i + 1}</span> {p.title}
        </button>
      ))}
    </div>
  );
}
