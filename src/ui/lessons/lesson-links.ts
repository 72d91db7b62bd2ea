/**
 * Lessons as links. `#v=1&lesson=schedules&step=3` stands for step 3's settings; a link that carries them
 * (as the page's own URL does) restores them, and a link whose settings were changed keeps its changes.
 */
import { LESSON_IDS, type LessonId } from "../../state/classroom";
import type { Settings } from "../../state/settings";
import { decodeSettings, encodeSettings, readParams, type Notice } from "../../state/url-codec";
import { CLASSROOM_KEYS } from "../../state/url-schema";
import type { LinkExpander } from "../../state/url-sync";
import { LESSONS } from "./catalog";

export const isLessonId = (word: string): word is LessonId =>
  (LESSON_IDS as readonly string[]).includes(word);

/** The link of a step's settings alone, as the page writes it. */
export const stepLink = (id: LessonId, step: number): string =>
  `v=1&${LESSONS[id].steps[step - 1]?.state ?? ""}`;

/**
 * The settings of a lesson's step: its link's settings, with the page's view (presentation mode, slow
 * motion) kept as it is, since those are the lecturer's choice and not the lesson's.
 */
export function stepSettings(current: Settings, id: LessonId, step: number): Settings {
  return { ...decodeSettings(stepLink(id, step)).settings, view: current.view, lesson: { id, step } };
}

/** The step a link names, kept within the lesson's steps, and why it was changed if it was. */
function readStep(raw: string | undefined, steps: number): { step: number; notices: Notice[] } {
  if (raw === undefined) return { step: 1, notices: [] };
  const asked = /^\d{1,6}$/.test(raw) ? Number(raw) : null;
  const step = asked === null ? 1 : Math.min(steps, Math.max(1, asked));
  if (step === asked) return { step, notices: [] };
  const message = `the lesson step must be a whole number from 1 to ${steps} for this lesson; using ${step}`;
  return { step, notices: [{ key: "step", message }] };
}

/**
 * The LinkExpander for lessons: when a link names a lesson and carries no settings of its own, or exactly
 * the settings of one of the lesson's steps (a step number edited in the address bar), it is rewritten to
 * the named step's settings; the step is kept within the lesson's length.
 */
export const expandLessonLink: LinkExpander = (hash) => {
  const params = readParams(hash.replace(/^#/, ""));
  const id = params.get("lesson");
  if (id === undefined || !isLessonId(id)) return { hash: hash.replace(/^#/, ""), notices: [] };
  const steps = LESSONS[id].steps;
  const { step, notices } = readStep(params.get("step"), steps.length);
  const classroom = [...params].filter(([key]) => (CLASSROOM_KEYS as readonly string[]).includes(key));
  const others = [...params].filter(([key]) => key !== "v" && !classroom.some(([k]) => k === key));
  const own = encodeSettings(
    decodeSettings(others.map(([key, value]) => `${key}=${value}`).join("&")).settings,
  );
  const isStepState = own === "v=1" || steps.some((_, i) => stepLink(id, i + 1) === own);
  const settings = isStepState
    ? [stepLink(id, step)]
    : [`v=${params.get("v") ?? 1}`, ...others.map(([k, v]) => `${k}=${v}`)];
  const place = classroom.map(([key, value]) => `${key}=${key === "step" ? step : value}`);
  return { hash: [...settings, ...place].join("&"), notices };
};
