import { useEffect, useId, useRef } from "react";
import { ProgressBar } from "../reverse/ProgressBar";

/**
 * A long export under way (an animation being recorded): what is being done, how far it got, and Cancel
 * (Esc cancels too). Modal, so nothing moves the picture being recorded; keys stay inside it.
 */
export function ExportProgress({
  title,
  done,
  note,
  onCancel,
}: {
  title: string;
  done: number;
  note: string;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  const percent = Math.round(done * 100);
  return (
    <dialog
      ref={dialog}
      className="export-progress"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 id={titleId}>{title}</h2>
      <p className="export-note">{note}</p>
      <div className="export-bar">
        <ProgressBar label="Recording progress" value={percent} max={100} />
        <span>{percent}%</span>
      </div>
      <p className="export-hint">The panel shows each picture as it goes into the video.</p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </dialog>
  );
}
