import { LESSON_IDS } from "../../state/classroom";
import { Tex } from "../math/Tex";
import { Subscripted } from "../schedule/Subscripted";
import { useApp, useAppStore } from "../store-context";
import { LESSONS } from "./catalog";
import { exitLesson, goToStep } from "./navigation";

/**
 * The lesson on show: its step's heading, text and formula under the top bar, with Back / Next, a dot per
 * step (each a link to that step), and Exit. Nothing while no lesson is open.
 */
export function LessonBar() {
  const store = useAppStore();
  const place = useApp((s) => s.settings.lesson);
  if (!place) return null;
  const lesson = LESSONS[place.id];
  const count = lesson.steps.length;
  const step = Math.min(place.step, count);
  const shown = lesson.steps[step - 1];
  if (!shown) return null;
  const go = (to: number) => goToStep(store, place.id, to);
  return (
    <section className="lesson-bar" aria-label="Lesson">
      <div className="lesson-where">
        <span className="lesson-name">
          Lesson {LESSON_IDS.indexOf(place.id) + 1} · {lesson.title}
        </span>
        <ol className="lesson-dots" aria-label="Steps">
          {lesson.steps.map((s, i) => (
            <li key={s.state + s.title}>
              <button
                type="button"
                aria-label={`Step ${i + 1}: ${s.title}`}
                aria-current={i + 1 === step ? "step" : undefined}
                title={s.title}
                onClick={() => go(i + 1)}
              />
            </li>
          ))}
        </ol>
        <span className="lesson-count">
          Step {step} of {count}
        </span>
      </div>
      <p className="lesson-text">
        <strong className="lesson-title">
          <Subscripted text={shown.title} />.
        </strong>{" "}
        <Subscripted text={shown.text} />
      </p>
      {shown.formula && (
        <div className="lesson-formula">
          <Tex tex={shown.formula.tex} text={shown.formula.text} />
        </div>
      )}
      <nav className="lesson-nav" aria-label="Lesson steps">
        <button type="button" disabled={step === 1} onClick={() => go(step - 1)}>
          ◀ Back
        </button>
        {step < count ? (
          <button type="button" className="primary" onClick={() => go(step + 1)}>
            Next ▶
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => exitLesson(store)}>
            Finish
          </button>
        )}
        <button
          type="button"
          aria-label="Exit the lesson"
          title="Exit the lesson"
          onClick={() => exitLesson(store)}
        >
          ✕
        </button>
      </nav>
    </section>
  );
}
