/**
 * The link's vocabulary: one row per key (like TensorFlow Playground's State.PROPS, but validated), in the
 * order links write them. Each row names its setting in plain words, reads a raw value with valibot into
 * a value within the settings' bounds (clamping numbers, falling back to the default otherwise, and saying
 * why), knows its default, and writes values compactly.
 */
import * as v from "valibot";
import type { ActivationName } from "../core/nn/activations";
import type { ReverseVariance } from "../core/reverse";
import type { SamplerSettings } from "../core/sampling/sampler";
import { SCHEDULE_FAMILIES, type ScheduleFamily, type ScheduleSpec } from "../core/schedule";
import {
  CALCULATOR_EDITS_SCHEMA,
  CALCULATOR_PROBLEMS,
  canonicalEdits,
  DEFAULT_CALCULATOR,
  type CalculatorEdits,
  type CalculatorProblemId,
} from "./calculator-view";
import {
  CONTROL_IDS,
  DEFAULT_VIEW,
  LESSON_IDS,
  PANEL_IDS,
  type ControlId,
  type LessonId,
  type PanelId,
} from "./classroom";
import { flagKey, optionalChoiceKey, subsetKey } from "./classroom-keys";
import { decodeDrawnPoints, drawnPointsProblem, encodeDrawnPoints } from "./drawn-points";
import { readScheduleText, writeScheduleText } from "./schedule-text";
import {
  ACTIVATION_NAMES,
  DATA_CHOICES,
  datasetChoice,
  datasetSpecFor,
  DEFAULT_IMAGE_SIZE,
  DEFAULT_SETTINGS,
  defaultSampleCount,
  FORWARD_NOISE_MODES,
  PREDICTOR_KINDS,
  REVERSE_MODES,
  REVERSE_VARIANCES,
  SAMPLER_METHODS,
  SCHEDULE_PARAMETER_DEFAULTS,
  scheduleSpecFor,
  type DataChoice,
  type ForwardNoiseMode,
  type PredictorKind,
  type ReverseMode,
  type Settings,
} from "./settings";
import { MAX_CUSTOM_BETAS, RANGES, timestepRange } from "./settings-schema";
import {
  choiceKey,
  describeRange,
  formatNumber,
  numberKey,
  parseNumber,
  readNumberList,
  rejected,
  type KeySpec,
} from "./url-values";

/**
 * The value behind every key, flat. Encoding leaves out the keys the current choices do not use (β_start
 * under a cosine schedule; see toUrlValues); decoding reads them all and lets fromUrlValues pick.
 */
export interface UrlValues {
  sched: ScheduleFamily;
  T: number;
  b0: number;
  b1: number;
  s: number;
  beta: number;
  betas: readonly number[];
  cmp: ScheduleSpec | null;
  data: DataChoice;
  n: number;
  img: number;
  draw: readonly number[];
  seed: number;
  model: PredictorKind;
  width: number;
  depth: number;
  act: ActivationName;
  lr: number;
  batch: number;
  train: number;
  sampler: SamplerSettings["method"];
  var: ReverseVariance;
  eta: number;
  steps: number;
  clip: number | null;
  mode: ReverseMode;
  t0: number;
  noise: ForwardNoiseMode;
  t: number;
  speed: number;
  present: boolean;
  panels: readonly PanelId[];
  hide: readonly ControlId[];
  slow: boolean;
  lesson: LessonId | null;
  step: number;
  calc: CalculatorProblemId | null;
  cin: CalculatorEdits;
}
/** A key of the link other than the version `v`. */
export type UrlKey = keyof UrlValues;
/** The values of the keys read so far (decoding goes in table order, so earlier keys are all present). */
export type EarlierValues = Partial<UrlValues>;
/** One row of the table: a key whose default and bounds may depend on the keys before it. */
export type UrlKeySpec<V> = KeySpec<V, EarlierValues>;

const BETAS_KEY: UrlKeySpec<readonly number[]> = {
  label: "the custom betas",
  fallback: () => SCHEDULE_PARAMETER_DEFAULTS.betas,
  parse: (raw) => {
    const read = readNumberList(raw, MAX_CUSTOM_BETAS + 1);
    if (!read) {
      const fallback = SCHEDULE_PARAMETER_DEFAULTS.betas;
      const expected = `numbers from 0 to 1 separated by commas`;
      return rejected(expected, raw, fallback, `the default schedule's ${fallback.length} betas`);
    }
    const { min, max } = RANGES.probability;
    const betas = read.slice(0, MAX_CUSTOM_BETAS).map((b) => Math.min(max, Math.max(min, b)));
    const problems = [
      read.length > MAX_CUSTOM_BETAS &&
        `may hold ${MAX_CUSTOM_BETAS} values; using the first ${MAX_CUSTOM_BETAS}`,
      betas.some((b, i) => b !== read[i]) && `must each lie in [0, 1]; using the nearest bound`,
    ].filter((problem) => problem !== false);
    return problems.length ? { value: betas, problem: problems.join("; ") } : { value: betas };
  },
  write: (betas) => betas.map(formatNumber).join(","),
};

const CMP_KEY: UrlKeySpec<ScheduleSpec | null> = {
  label: "the pinned comparison schedule",
  fallback: () => null,
  parse: (raw) => {
    const spec = readScheduleText(raw);
    if (spec) return { value: spec };
    const expected = "a family and its numbers, such as cosine,200,0.008 or custom,0.1,0.2,0.5";
    return rejected(expected, raw, null, "no comparison");
  },
  write: (spec) => (spec === null ? "" : writeScheduleText(spec)),
};

const DRAW_KEY: UrlKeySpec<readonly number[]> = {
  label: "the drawn points",
  fallback: () => [],
  parse: (raw) => {
    const points = decodeDrawnPoints(raw);
    return points
      ? { value: points }
      : { value: [], problem: "could not be read (the link may be cut off or damaged); ignoring them" };
  },
  write: encodeDrawnPoints,
  linkProblem: drawnPointsProblem,
};

/** Edits as JSON, whose syntax no typed input can break; a link holds the text of a few matrices at most. */
const MAX_CIN_CHARS = 8000;

const CIN_NOT_READ = {
  value: DEFAULT_CALCULATOR.edits,
  problem: "could not be read (the link may be cut off or damaged); using each problem's example",
};

const CIN_KEY: UrlKeySpec<CalculatorEdits> = {
  label: "the calculator inputs",
  fallback: () => DEFAULT_CALCULATOR.edits,
  parse: (raw) => {
    if (raw.length > MAX_CIN_CHARS) return CIN_NOT_READ;
    try {
      const read = v.safeParse(CALCULATOR_EDITS_SCHEMA, JSON.parse(raw));
      return read.success ? { value: read.output } : CIN_NOT_READ;
    } catch {
      return CIN_NOT_READ;
    }
  },
  write: (edits) => JSON.stringify(canonicalEdits(edits)),
};

const showClip = (clip: number | null) => (clip === null ? "off" : formatNumber(clip));

const CLIP_KEY: UrlKeySpec<number | null> = {
  label: "the x̂_0 clip",
  fallback: () => DEFAULT_SETTINGS.sampler.clipX0,
  parse: (raw) => {
    if (raw === "off") return { value: null };
    const fallback = DEFAULT_SETTINGS.sampler.clipX0;
    const expected = `off or ${describeRange(RANGES.clipX0)}`;
    return parseNumber(raw, RANGES.clipX0, expected, fallback, showClip(fallback));
  },
  write: showClip,
};

/** T of the schedule the earlier keys describe: custom schedules have one step per β. */
function scheduleT(earlier: EarlierValues): number {
  return earlier.sched === "custom"
    ? (earlier.betas ?? SCHEDULE_PARAMETER_DEFAULTS.betas).length
    : (earlier.T ?? SCHEDULE_PARAMETER_DEFAULTS.T);
}

const D = DEFAULT_SETTINGS;
const P = SCHEDULE_PARAMETER_DEFAULTS;

/** Every key, in the order links write them; `v` (the version) is the codec's and always comes first. */
export const URL_KEYS: { readonly [K in UrlKey]: UrlKeySpec<UrlValues[K]> } = {
  sched: choiceKey("the schedule", SCHEDULE_FAMILIES, D.schedule.family),
  T: numberKey("T", RANGES.T, P.T),
  b0: numberKey("β_start", RANGES.probability, P.betaStart),
  b1: numberKey("β_end", RANGES.probability, P.betaEnd),
  s: numberKey("the cosine offset s", RANGES.probability, P.s),
  beta: numberKey("the constant β", RANGES.probability, P.beta),
  betas: BETAS_KEY,
  cmp: CMP_KEY,
  data: choiceKey("the data set", DATA_CHOICES, datasetChoice(D.dataset)),
  n: numberKey("the number of samples", RANGES.n, (earlier) =>
    defaultSampleCount(earlier.data ?? datasetChoice(D.dataset)),
  ),
  img: numberKey("the image size", RANGES.imageSize, DEFAULT_IMAGE_SIZE),
  draw: DRAW_KEY,
  seed: numberKey("the seed", RANGES.seed, D.seed),
  model: choiceKey("the noise predictor", PREDICTOR_KINDS, D.predictor),
  width: numberKey("the MLP width", RANGES.width, D.model.width),
  depth: numberKey("the MLP depth", RANGES.depth, D.model.depth),
  act: choiceKey("the activation", ACTIVATION_NAMES, D.model.activation),
  lr: numberKey("the learning rate", RANGES.lr, D.training.lr),
  batch: numberKey("the batch size", RANGES.batchSize, D.training.batchSize),
  train: numberKey("the number of training steps", RANGES.trainSteps, D.training.totalSteps),
  sampler: choiceKey("the sampler", SAMPLER_METHODS, D.sampler.method),
  var: choiceKey("the DDPM variance", REVERSE_VARIANCES, D.sampler.variance),
  eta: numberKey("DDIM's η", RANGES.probability, D.sampler.eta),
  steps: numberKey("the number of sampling steps", RANGES.steps, D.sampler.steps),
  clip: CLIP_KEY,
  mode: choiceKey("the reverse mode", REVERSE_MODES, D.reverse.mode),
  t0: numberKey(
    "the reconstruction start",
    (earlier) => timestepRange(scheduleT(earlier)),
    (earlier) => Math.min(D.reverse.tStart, scheduleT(earlier)),
  ),
  noise: choiceKey("the forward noise", FORWARD_NOISE_MODES, D.forwardNoise),
  t: numberKey(
    "t",
    (earlier) => timestepRange(scheduleT(earlier)),
    (earlier) => Math.min(D.t, scheduleT(earlier)),
  ),
  speed: numberKey("the playback speed", RANGES.speed, D.speed),
  present: flagKey("presentation mode"),
  panels: subsetKey(
    "the panels shown",
    PANEL_IDS,
    DEFAULT_VIEW.panels,
    `panel names (${PANEL_IDS.join(", ")}) separated by commas`,
    true,
  ),
  hide: subsetKey(
    "the hidden controls",
    CONTROL_IDS,
    DEFAULT_VIEW.hidden,
    "control names such as forward.speed, separated by commas",
  ),
  slow: flagKey("slow motion"),
  lesson: optionalChoiceKey("the lesson", LESSON_IDS),
  step: numberKey("the lesson step", RANGES.lessonStep, 1),
  calc: optionalChoiceKey("the calculator problem", CALCULATOR_PROBLEMS),
  cin: CIN_KEY,
};

/** The keys of the classroom settings (how the page is shown, and the lesson), not of the diffusion itself. */
export const CLASSROOM_KEYS: readonly UrlKey[] = ["present", "panels", "hide", "slow", "lesson", "step"];

/** The keys in link order. */
export const URL_KEY_ORDER = Object.keys(URL_KEYS) as UrlKey[];

/** The link values of settings; keys that do not apply (β_start under a cosine schedule) are left out. */
export function toUrlValues(s: Settings): EarlierValues {
  const schedule = s.schedule;
  const dataset = s.dataset;
  return {
    sched: schedule.family,
    ...(schedule.family === "custom" ? { betas: schedule.betas } : { T: schedule.T }),
    ...(schedule.family === "cosine" && { s: schedule.s }),
    ...(schedule.family === "constant" && { beta: schedule.beta }),
    ...("betaStart" in schedule && { b0: schedule.betaStart, b1: schedule.betaEnd }),
    cmp: s.compare,
    data: datasetChoice(dataset),
    ...(dataset.kind === "drawn" ? { draw: dataset.points } : { n: dataset.n }),
    ...(dataset.kind === "image" && { img: dataset.size }),
    seed: s.seed,
    model: s.predictor,
    width: s.model.width,
    depth: s.model.depth,
    act: s.model.activation,
    lr: s.training.lr,
    batch: s.training.batchSize,
    train: s.training.totalSteps,
    sampler: s.sampler.method,
    var: s.sampler.variance,
    eta: s.sampler.eta,
    steps: s.sampler.steps,
    clip: s.sampler.clipX0,
    mode: s.reverse.mode,
    t0: s.reverse.tStart,
    noise: s.forwardNoise,
    t: s.t,
    speed: s.speed,
    present: s.view.present,
    panels: s.view.panels,
    hide: s.view.hidden,
    slow: s.view.slow,
    ...(s.lesson && { lesson: s.lesson.id, step: s.lesson.step }),
    calc: s.calculator.open,
    // Edits are an object: leaving out "none" keeps the codec's default check a plain comparison.
    ...(Object.keys(s.calculator.edits).length > 0 && { cin: s.calculator.edits }),
  };
}

/** Settings from a full set of link values; the keys that do not apply to the chosen families are unused. */
export function fromUrlValues(u: UrlValues): Settings {
  return {
    schedule: scheduleSpecFor(u.sched, {
      T: u.T,
      betaStart: u.b0,
      betaEnd: u.b1,
      s: u.s,
      beta: u.beta,
      betas: u.betas,
    }),
    compare: u.cmp,
    dataset: datasetSpecFor(u.data, { n: u.n, imageSize: u.img, points: u.draw }),
    predictor: u.model,
    model: { width: u.width, depth: u.depth, activation: u.act },
    training: { lr: u.lr, batchSize: u.batch, totalSteps: u.train },
    sampler: { method: u.sampler, variance: u.var, eta: u.eta, steps: u.steps, clipX0: u.clip },
    reverse: { mode: u.mode, tStart: u.t0 },
    forwardNoise: u.noise,
    t: u.t,
    speed: u.speed,
    seed: u.seed,
    view: { present: u.present, panels: u.panels, hidden: u.hide, slow: u.slow },
    lesson: u.lesson === null ? null : { id: u.lesson, step: u.step },
    calculator: { open: u.calc, edits: u.cin },
  };
}
