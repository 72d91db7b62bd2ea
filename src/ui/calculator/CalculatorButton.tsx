import { useRef } from "react";
import { CALCULATOR_PROBLEMS, type CalculatorProblemId } from "../../state/calculator-view";
import { useApp, useAppStore } from "../store-context";
import { CalculatorDialog } from "./CalculatorDialog";

/**
 * Opens the calculator of the textbook problems. Whether it is open, and on which problem, is a setting, so
 * a link opens it as shared; focus comes back here when it closes.
 */
export function CalculatorButton() {
  const store = useAppStore();
  const open = useApp((s) => s.settings.calculator.open !== null);
  const button = useRef<HTMLButtonElement>(null);
  const show = (problem: CalculatorProblemId | null) =>
    store.getState().update((s) => ({ ...s, calculator: { ...s.calculator, open: problem } }));
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => show(CALCULATOR_PROBLEMS[0])}>
        Calculator
      </button>
      {open && (
        <CalculatorDialog
          onClose={() => {
            show(null);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
