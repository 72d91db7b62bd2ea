import { useEffect, useId, useRef, useState } from "react";
import { PROBLEMS } from "./problems";
import { examplesOf, type ProblemId } from "./problem";
import { ProblemTabs, tabId } from "./ProblemTabs";
import { ProblemView } from "./ProblemView";
import "./calculator.css";

/**
 * The calculator: a modal dialog (the browser's own, so Esc closes it and focus stays inside) with the
 * five textbook problems as tabs. Each problem keeps its typed inputs while the dialog is open. A click on
 * the backdrop closes it too (the body fills the dialog, so only the backdrop targets the dialog itself).
 */
export function CalculatorDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [chosen, setChosen] = useState<ProblemId>("diffusionLoss");
  const chosenAtOpen = useRef(chosen);
  const [inputs, setInputs] = useState(
    () =>
      Object.fromEntries(PROBLEMS.map((p) => [p.id, examplesOf(p)])) as Record<
        ProblemId,
        Record<string, string>
      >,
  );
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    // The browser would focus the first button (Close); the chosen problem's tab is where work starts.
    document.getElementById(tabId(chosenAtOpen.current))?.focus();
    return () => element.close();
  }, []);
  const problem = PROBLEMS.find((p) => p.id === chosen) ?? (PROBLEMS[0] as (typeof PROBLEMS)[number]);
  return (
    <dialog
      ref={dialog}
      className="calculator"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && dialog.current.close()}
    >
      <div className="calculator-body">
        <header className="calculator-head">
          <h2 id={titleId}>Calculator: the five textbook problems</h2>
          <button type="button" className="calculator-close" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </header>
        <ProblemTabs chosen={chosen} onChoose={setChosen} />
        <ProblemView
          key={problem.id}
          problem={problem}
          raw={inputs[problem.id]}
          onChange={(raw) => setInputs((all) => ({ ...all, [problem.id]: raw }))}
        />
      </div>
    </dialog>
  );
}
