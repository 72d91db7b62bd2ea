import { useId, useRef, useState } from "react";
import { LESSON_IDS } from "../../state/classroom";
import { CloseButton, ModalDialog } from "../controls/ModalDialog";
import { Subscripted } from "../schedule/Subscripted";
import { useApp, useAppStore } from "../store-context";
import { LESSONS } from "./catalog";
import { goToStep } from "./navigation";

/** The list of guided lessons; choosing one opens its first step. */
function LessonsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const titleId = useId();
  const current = useApp((s) => s.settings.lesson?.id ?? null);
  return (
    <ModalDialog className="lessons-menu" labelledBy={titleId} onClose={onClose}>
      <header className="modal-head">
        <h2 id={titleId}>Guided lessons</h2>
        <CloseButton />
      </header>
      <ol className="lessons-list">
        {LESSON_IDS.map((id, i) => {
          const lesson = LESSONS[id];
          return (
            <li key={id}>
              <button
                type="button"
                aria-current={id === current ? "true" : undefined}
                onClick={(event) => {
                  goToStep(store, id, 1);
                  event.currentTarget.closest("dialog")?.close();
                }}
              >
                <span className="lesson-number">{i + 1}</span>
                <span className="lesson-entry">
                  <strong>{lesson.title}</strong>
                  <span className="lesson-summary">
                    <Subscripted text={lesson.summary} />
                  </span>
                  <span className="lesson-source">
                    {lesson.steps.length} steps · {lesson.source}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="lessons-hint">
        Each step is a link: copy it to send students straight there. PageDown and PageUp (or a presenter
        remote) move between steps.
      </p>
    </ModalDialog>
  );
}

/** The top bar's Lessons button and its dialog. */
export function LessonsMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Lessons
      </button>
      {open && (
        <LessonsDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
