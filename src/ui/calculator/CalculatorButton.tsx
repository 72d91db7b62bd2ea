import { useRef, useState } from "react";
import { CalculatorDialog } from "./CalculatorDialog";

/** Opens the calculator of the textbook problems; focus comes back here when it closes. */
export function CalculatorButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Calculator
      </button>
      {open && (
        <CalculatorDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
