import { useEffect, useRef, type ReactNode } from "react";
import "./modal.css";

/**
 * A modal dialog that opens as it mounts (the browser's own: Esc closes it and focus stays inside) and
 * closes on a click on its backdrop (the body fills the dialog, so only the backdrop targets the dialog
 * itself). The owner unmounts it in `onClose`. The browser focuses the first button; `initialFocusId`
 * names the element where work starts instead.
 */
export function ModalDialog({
  className,
  labelledBy,
  initialFocusId,
  onClose,
  children,
}: {
  className: string;
  labelledBy: string;
  initialFocusId?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const focusAtOpen = useRef(initialFocusId);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    if (focusAtOpen.current) document.getElementById(focusAtOpen.current)?.focus();
    return () => element.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`modal ${className}`}
      aria-labelledby={labelledBy}
      // A close event can arrive after the dialog was shown again (React's StrictMode unmounts and remounts
      // it in development); only a dialog that is still closed has really been closed.
      onClose={() => dialog.current?.open || onClose()}
      onClick={(event) => event.target === dialog.current && dialog.current.close()}
    >
      <div className="modal-body">{children}</div>
    </dialog>
  );
}

/** A dialog's close button: closes the enclosing <dialog>, whose onClose then runs. */
export function CloseButton({ label = "Close" }: { label?: string }) {
  return (
    <button
      type="button"
      className="modal-close"
      onClick={(event) => event.currentTarget.closest("dialog")?.close()}
    >
      {label}
    </button>
  );
}
