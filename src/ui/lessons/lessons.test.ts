import { afterEach, describe, expect, it } from "vitest";
import { makeSchedule, type ScheduleSpec } from "../../core/schedule";
import { LESSON_IDS, MAX_LESSON_STEPS } from "../../state/classroom";
import { DEFAULT_SETTINGS } from "../../state/settings";
import { testStore } from "../../state/testing-store";
import { decodeSettings, encodeSettings } from "../../state/url-codec";
import { CLASSROOM_KEYS } from "../../state/url-schema";
import { LESSONS } from "./catalog";
import { expandLessonLink, stepLink, stepSettings } from "./lesson-links";
import { exitLesson, goToStep, moveStep } from "./navigation";

const everyStep = LESSON_IDS.flatMap((id) =>
  LESSONS[id].steps.map((step, i) => ({ id, number: i + 1, ...step })),
);

describe("the lesson table", () => {
  it.each(LESSON_IDS)("%s has 3 to MAX_LESSON_STEPS steps, a title, a summary and a source", (id) => {
    const lesson = LESSONS[id];
    expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
    expect(lesson.steps.length).toBeLessThanOrEqual(MAX_LESSON_STEPS);
    for (const text of [lesson.title, lesson.summary, lesson.source]) expect(text.trim()).not.toBe("");
  });

  it.each(everyStep)("$id step $number decodes without notices, written as the page writes it", (step) => {
    const { settings, notices } = decodeSettings(`v=1&${step.state}`);
    expect(notices).toEqual([]);
    expect(encodeSettings(settings)).toBe(`v=1&${step.state}`);
    const keys = step.state.split("&").map((part) => part.split("=")[0] ?? "");
    expect(keys.filter((key) => (CLASSROOM_KEYS as readonly string[]).includes(key))).toEqual([]);
  });

  it("keeps every step's words short enough for two or three lines on a projector", () => {
    for (const step of everyStep) {
      expect(step.title.length, step.title).toBeLessThanOrEqual(60);
      expect(step.text.length, step.title).toBeLessThanOrEqual(280);
      expect(step.text).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});

/** ᾱ_t of a schedule, for checking what the lessons' texts quote. */
const alphaBar = (spec: ScheduleSpec, t: number) => makeSchedule(spec).alphaBars[t - 1] as number;
/** w_t = β_t²/(2σ_t² α_t (1 − ᾱ_t)) (DDPM eq. 12). */
function weight(spec: ScheduleSpec, t: number, variance: "beta" | "betaTilde"): number {
  const s = makeSchedule(spec);
  const i = t - 1;
  const beta = s.betas[i] as number;
  const sigma2 = variance === "beta" ? beta : (s.posteriorVariances[i] as number);
  return beta ** 2 / (2 * sigma2 * (s.alphas[i] as number) * (s.oneMinusAlphaBars[i] as number));
}

describe("the numbers the lessons quote", () => {
  const custom = (...betas: number[]): ScheduleSpec => ({ family: "custom", betas });
  const ddpm = (T: number): ScheduleSpec => ({ family: "linear", T, betaStart: 1e-4, betaEnd: 0.02 });
  const cosine: ScheduleSpec = { family: "cosine", T: 1000, s: 0.008 };
  const sigmoid: ScheduleSpec = { family: "sigmoid", T: 1000, betaStart: 1e-4, betaEnd: 0.02 };

  it("match the schedules they describe", () => {
    const quoted: [number, number, number][] = [
      [alphaBar(custom(0.01, 0.01, 0.01), 3), 0.97, 0.005],
      [alphaBar(custom(0.1, 0.2, 0.5), 2), 0.72, 1e-9],
      [alphaBar(custom(0.1, 0.2, 0.5), 3), 0.36, 1e-9],
      [alphaBar(custom(0.5, 0.2, 0.1), 3), 0.36, 1e-9],
      [alphaBar(custom(0.99, 0.99, 0.99), 3), 1e-6, 1e-9],
      [alphaBar(ddpm(1000), 500), 0.08, 0.005],
      [alphaBar(ddpm(1000), 590), 0.03, 0.001],
      [alphaBar(cosine, 500), 0.49, 0.005],
      [alphaBar(sigmoid, 250), 0.9, 0.005],
      [alphaBar(cosine, 250), 0.85, 0.005],
      [alphaBar(sigmoid, 750), 0.006, 0.0005],
      [alphaBar(cosine, 750), 0.14, 0.005],
      [alphaBar(ddpm(200), 200), 0.13, 0.005],
      [Math.sqrt(alphaBar(ddpm(200), 200)), 0.36, 0.005],
      [alphaBar(custom(0.4, 0.3, 0.2, 0.1), 4), 0.3, 0.005],
      [Math.sqrt(alphaBar(custom(0.4, 0.3, 0.2, 0.1), 4)), 0.55, 0.005],
      [weight(DEFAULT_SETTINGS.schedule, 10, "beta"), 0.09, 0.005],
      [weight(DEFAULT_SETTINGS.schedule, 100, "beta"), 0.03, 0.005],
      [weight(DEFAULT_SETTINGS.schedule, 10, "betaTilde"), 0.11, 0.005],
      [weight(DEFAULT_SETTINGS.schedule, 1, "beta"), 0.5, 0.001],
    ];
    for (const [actual, said, tolerance] of quoted)
      expect(Math.abs(actual - said)).toBeLessThanOrEqual(tolerance);
    expect(makeSchedule(ddpm(1000)).logSnr[749]).toBeLessThan(-5);
  });
});

describe("lesson links", () => {
  const settingsOf = (hash: string) => decodeSettings(expandLessonLink(hash).hash).settings;

  it("open a step's settings from a link that names only the lesson and step", () => {
    const { hash, notices } = expandLessonLink("#v=1&lesson=schedules&step=3");
    expect(notices).toEqual([]);
    expect(hash).toBe(`${stepLink("schedules", 3)}&lesson=schedules&step=3`);
    expect(settingsOf("v=1&lesson=schedules&step=3")).toEqual(stepSettings(DEFAULT_SETTINGS, "schedules", 3));
    expect(settingsOf("lesson=train").lesson).toEqual({ id: "train", step: 1 });
  });

  it("keep the presentation keys a link carries along", () => {
    const settings = settingsOf("v=1&present=1&panels=forward,reverse&slow=1&lesson=forward&step=2");
    expect(settings.view).toEqual({
      ...DEFAULT_SETTINGS.view,
      present: true,
      panels: ["forward", "reverse"],
      slow: true,
    });
    expect(encodeSettings(settings)).toBe(
      `${stepLink("forward", 2)}&present=1&panels=forward,reverse&slow=1&lesson=forward&step=2`,
    );
  });

  it("keep a link's own changes to a step, but follow a step number edited by hand", () => {
    const changed = `${stepLink("schedules", 3)}&seed=7&lesson=schedules&step=3`;
    expect(expandLessonLink(changed)).toEqual({ hash: changed, notices: [] });
    const edited = `${stepLink("schedules", 3)}&lesson=schedules&step=4`;
    expect(settingsOf(edited)).toEqual(stepSettings(DEFAULT_SETTINGS, "schedules", 4));
  });

  it("keep the step within the lesson, saying so", () => {
    const steps = LESSONS.schedules.steps.length;
    const far = expandLessonLink("lesson=schedules&step=99");
    expect(far.hash).toBe(`${stepLink("schedules", steps)}&lesson=schedules&step=${steps}`);
    expect(far.notices.map((n) => n.key)).toEqual(["step"]);
    expect(expandLessonLink("lesson=schedules&step=two").hash).toMatch(/&step=1$/);
    expect(expandLessonLink("lesson=schedules&step=0").notices).toHaveLength(1);
  });

  it("leave links without a known lesson to the decoder", () => {
    expect(expandLessonLink("#v=1&t=5")).toEqual({ hash: "v=1&t=5", notices: [] });
    expect(expandLessonLink("v=1&lesson=bogus").hash).toBe("v=1&lesson=bogus");
  });
});

describe("moving through a lesson", () => {
  let current: ReturnType<typeof testStore> | undefined;
  afterEach(() => current?.dispose());

  it("sets each step's settings, paused, keeps the view, and stops at both ends", () => {
    current = testStore({ ...DEFAULT_SETTINGS, view: { ...DEFAULT_SETTINGS.view, present: true } });
    const { store } = current;
    store.getState().setPlaying(true);
    goToStep(store, "forward", 2);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().settings).toEqual(stepSettings(store.getState().settings, "forward", 2));
    expect(store.getState().settings.view.present).toBe(true);
    moveStep(store, -1);
    moveStep(store, -1);
    expect(store.getState().settings.lesson).toEqual({ id: "forward", step: 1 });
    const last = LESSONS.forward.steps.length;
    goToStep(store, "forward", last);
    moveStep(store, 1);
    expect(store.getState().settings.lesson).toEqual({ id: "forward", step: last });
    exitLesson(store);
    expect(store.getState().settings).toEqual({
      ...stepSettings(store.getState().settings, "forward", last),
      lesson: null,
    });
  });
});
