import { useId, useMemo } from "react";
import { CALCULATOR_PROBLEMS, withProblemEdits, type CalculatorProblemId } from "../../state/calculator-view";
import { CloseButton, ModalDialog } from "../controls/ModalDialog";
import { CopyLinkButton } from "../CopyLinkButton";
import { useApp, useAppStore } from "../store-context";
import { editsOf, inputsOf } from "./problem";
import { ProblemTabs, tabId } from "./ProblemTabs";
import { problemById } from "./problems";
import { ProblemView } from "./ProblemView";
import "./calculator.css";

/**
 * The calculator: a modal dialog with the five textbook problems as tabs. The problem on show and what
 * was typed into each live in the settings, so they are in the link (Copy link is here too, as the dialog
 * covers the top bar's) and survive closing the dialog.
 */
export function CalculatorDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const titleId = useId();
  const chosen = useApp((s) => s.settings.calculator.open) ?? CALCULATOR_PROBLEMS[0];
  const problem = problemById(chosen);
  const edits = useApp((s) => s.settings.calculator.edits[chosen]);
  const raw = useMemo(() => inputsOf(problem, edits), [problem, edits]);
  const choose = (id: CalculatorProblemId) =>
    store.getState().update((s) => ({ ...s, calculator: { ...s.calculator, open: id } }));
  const type = (typed: Record<string, string>) =>
    store.getState().update(
      (s) => ({
        ...s,
        calculator: {
          ...s.calculator,
          edits: withProblemEdits(s.calculator.edits, chosen, editsOf(problem, typed)),
        },
      }),
      "the calculator input",
    );
  return (
    <ModalDialog className="calculator" labelledBy={titleId} initialFocusId={tabId(chosen)} onClose={onClose}>
      <header className="modal-head">
        <h2 id={titleId}>Calculator: the five textbook problems</h2>
        <CopyLinkButton />
        <CloseButton />
      </header>
      <ProblemTabs chosen={chosen} onChoose={choose} />
      <ProblemView key={problem.id} problem={problem} raw={raw} onChange={type} />
    </ModalDialog>
  );
}
