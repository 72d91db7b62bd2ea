/**
 * The classroom part of the settings: presentation mode (which panels and controls a lecturer shows), slow
 * motion, and the guided lesson on show. These are names in links, so their vocabularies live here, in the
 * state layer; the UI attaches labels and behaviour to them (src/ui/present, src/ui/lessons).
 */

/** The four panels, in page order. */
export const PANEL_IDS = ["schedule", "forward", "reverse", "loss"] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/**
 * Every control presentation mode can hide, by a stable id written in links (`hide=forward.speed,…`).
 * Grouped by panel, in page order; the UI marks each with `data-control="<id>"`.
 */
export const CONTROL_IDS = [
  "top.seed",
  "schedule.family",
  "schedule.T",
  "schedule.betaStart",
  "schedule.betaEnd",
  "schedule.s",
  "schedule.beta",
  "schedule.betas",
  "schedule.presets",
  "schedule.pin",
  "schedule.notes",
  "forward.data",
  "forward.size",
  "forward.playback",
  "forward.speed",
  "forward.t",
  "forward.readouts",
  "forward.noise",
  "reverse.predictor",
  "reverse.mode",
  "reverse.t0",
  "reverse.playback",
  "reverse.overlays",
  "reverse.quality",
  "reverse.settings",
  "loss.readouts",
  "loss.meanVsNoise",
  "loss.training",
  "loss.quality",
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

/** The guided lessons, in the order the menu lists them. */
export const LESSON_IDS = [
  "forward",
  "closed-form",
  "schedules",
  "noise-vs-mean",
  "train",
  "memorization",
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/** No lesson has more steps; links are clamped to it, and each lesson to its own length. */
export const MAX_LESSON_STEPS = 20;

/** How the page is shown: for a projector or not, what it shows then, and whether steps go slowly. */
export interface ClassroomView {
  /** Presentation mode: larger type and marks, only the chosen panels, the chosen controls hidden. */
  readonly present: boolean;
  /** The panels presentation mode shows, in page order; at least one. */
  readonly panels: readonly PanelId[];
  /** The controls presentation mode hides, in CONTROL_IDS order. */
  readonly hidden: readonly ControlId[];
  /** Slow motion: playback takes one step at a time, with a caption saying what the step did. */
  readonly slow: boolean;
}

/** A lesson and the step on show (1-based). */
export interface LessonPlace {
  readonly id: LessonId;
  readonly step: number;
}

export const DEFAULT_VIEW: ClassroomView = {
  present: false,
  panels: PANEL_IDS,
  hidden: [],
  slow: false,
};

/**
 * Whether a list holds distinct words of `options` in the options' order (so each set has one spelling,
 * and a link round-trips exactly).
 */
export function isOrderedSubset<O extends string>(list: readonly string[], options: readonly O[]): boolean {
  let previous = -1;
  for (const word of list) {
    const at = options.indexOf(word as O);
    if (at <= previous) return false;
    previous = at;
  }
  return true;
}

/** The words of `options` that `wanted` names, in the options' order, each once. */
export function orderedSubset<O extends string>(wanted: Iterable<string>, options: readonly O[]): O[] {
  const set = new Set(wanted);
  return options.filter((option) => set.has(option));
}
