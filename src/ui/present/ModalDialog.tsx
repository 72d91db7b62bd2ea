import { useEffect, useRef, type ReactNode } from "react";

/**
 * A modal dialog that opens as it mounts (the browser's own: Esc closes it and focus stays inside) and
 * closes on a click on its backdrop. The owner unmounts it in `onClose`.
 */
export function ModalDialog({
  className,
  labelledBy,
  onClose,
  children,
}: {
  className: string;
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => element.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`modal ${className}`}
      aria-labelledby={labelledBy}
      onClose={onClose}
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
