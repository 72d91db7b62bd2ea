/**
 * What makes settings valid: every bound in one table, and the valibot schema built from it. The URL codec
 * clamps to the same bounds and checks its result against the same schema, so a link can never put the
 * store in a state the UI could not have reached.
 */
import * as v from "valibot";
import { MAX_IMAGE_SIZE } from "../core/data/images";
import { POINT_CLOUDS } from "../core/data/point-clouds";
import { CALCULATOR_VIEW_SCHEMA } from "./calculator-view";
import { CONTROL_IDS, isOrderedSubset, LESSON_IDS, MAX_LESSON_STEPS, PANEL_IDS } from "./classroom";
import {
  ACTIVATION_NAMES,
  FORWARD_NOISE_MODES,
  PREDICTOR_KINDS,
  REVERSE_MODES,
  REVERSE_VARIANCES,
  SAMPLER_METHODS,
  scheduleLength,
  type Settings,
} from "./settings";

/** A closed interval of allowed numbers, optionally whole numbers only. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** The largest T a setting or link may ask for: the core allows more, but nothing above this is worth plotting. */
export const MAX_SETTINGS_T = 10_000;
/** Custom betas travel in the link one by one, so their count is kept to what a link carries comfortably. */
export const MAX_CUSTOM_BETAS = 1000;

/**
 * The bounds of every numeric setting. T and the data sizes stop where the exact denoiser and the plots
 * stay interactive; the MLP and batch limits keep a training step well under a frame's budget; the seed is
 * any 32-bit unsigned integer; drawn coordinates may leave the ±4.5 canvas a little, as strokes do.
 */
export const RANGES = {
  T: { min: 1, max: MAX_SETTINGS_T, integer: true },
  probability: { min: 0, max: 1, integer: false },
  n: { min: 1, max: 10_000, integer: true },
  imageSize: { min: 1, max: MAX_IMAGE_SIZE, integer: true },
  drawnCoordinate: { min: -10, max: 10, integer: false },
  seed: { min: 0, max: 2 ** 32 - 1, integer: true },
  width: { min: 1, max: 512, integer: true },
  depth: { min: 0, max: 8, integer: true },
  lr: { min: 1e-6, max: 1, integer: false },
  batchSize: { min: 1, max: 4096, integer: true },
  trainSteps: { min: 1, max: 20_000, integer: true },
  steps: { min: 1, max: MAX_SETTINGS_T, integer: true },
  clipX0: { min: 0, max: 100, integer: false },
  speed: { min: 0.1, max: 10, integer: false },
  lessonStep: { min: 1, max: MAX_LESSON_STEPS, integer: true },
} as const satisfies Record<string, NumberRange>;

/** The range of a timestep (t, the reconstruction start) under a schedule of length T. */
export function timestepRange(T: number): NumberRange {
  return { min: 1, max: T, integer: true };
}

/** Whether x is a finite number inside the range (and whole, where the range asks for it). */
export function inRange(x: number, range: NumberRange): boolean {
  return Number.isFinite(x) && x >= range.min && x <= range.max && (!range.integer || Number.isInteger(x));
}

/** A number in the range, as a valibot schema. */
const numberIn = (range: NumberRange) =>
  v.pipe(
    v.number(),
    v.check((x) => inRange(x, range)),
  );

const T = numberIn(RANGES.T);
const PROBABILITY = numberIn(RANGES.probability);
const N = numberIn(RANGES.n);

const SCHEDULE_SCHEMA = v.variant("family", [
  v.strictObject({
    family: v.picklist(["linear", "scaled_linear", "sigmoid"]),
    T,
    betaStart: PROBABILITY,
    betaEnd: PROBABILITY,
  }),
  v.strictObject({ family: v.literal("cosine"), T, s: PROBABILITY }),
  v.strictObject({ family: v.literal("constant"), T, beta: PROBABILITY }),
  v.strictObject({
    family: v.literal("custom"),
    betas: v.pipe(v.array(PROBABILITY), v.minLength(1), v.maxLength(MAX_CUSTOM_BETAS)),
  }),
]);

/** A drawing needs at least one point; its size is capped like a generated data set's. */
const DRAWN_POINTS_SCHEMA = v.pipe(
  v.array(numberIn(RANGES.drawnCoordinate)),
  v.minLength(2),
  v.maxLength(2 * RANGES.n.max),
  v.check((points) => points.length % 2 === 0),
);

const DATASET_SCHEMA = v.variant("kind", [
  v.strictObject({ kind: v.literal("points"), name: v.picklist(POINT_CLOUDS), n: N }),
  v.strictObject({ kind: v.literal("drawn"), points: DRAWN_POINTS_SCHEMA }),
  v.strictObject({ kind: v.literal("image"), size: numberIn(RANGES.imageSize), n: N }),
]);

/** Presentation mode's choices are sets, kept in their vocabulary's order; at least one panel is shown. */
const VIEW_SCHEMA = v.strictObject({
  present: v.boolean(),
  panels: v.pipe(
    v.array(v.picklist(PANEL_IDS)),
    v.minLength(1),
    v.check((panels) => isOrderedSubset(panels, PANEL_IDS)),
  ),
  hidden: v.pipe(
    v.array(v.picklist(CONTROL_IDS)),
    v.check((hidden) => isOrderedSubset(hidden, CONTROL_IDS)),
  ),
  slow: v.boolean(),
});

const LESSON_SCHEMA = v.nullable(
  v.strictObject({ id: v.picklist(LESSON_IDS), step: numberIn(RANGES.lessonStep) }),
);

/** Valid settings: every field in its range, and both timesteps within the schedule's T. */
export const SETTINGS_SCHEMA = v.pipe(
  v.strictObject({
    schedule: SCHEDULE_SCHEMA,
    compare: v.nullable(SCHEDULE_SCHEMA),
    dataset: DATASET_SCHEMA,
    predictor: v.picklist(PREDICTOR_KINDS),
    model: v.strictObject({
      width: numberIn(RANGES.width),
      depth: numberIn(RANGES.depth),
      activation: v.picklist(ACTIVATION_NAMES),
    }),
    training: v.strictObject({
      lr: numberIn(RANGES.lr),
      batchSize: numberIn(RANGES.batchSize),
      totalSteps: numberIn(RANGES.trainSteps),
    }),
    sampler: v.strictObject({
      method: v.picklist(SAMPLER_METHODS),
      variance: v.picklist(REVERSE_VARIANCES),
      eta: PROBABILITY,
      steps: numberIn(RANGES.steps),
      clipX0: v.nullable(numberIn(RANGES.clipX0)),
    }),
    reverse: v.strictObject({ mode: v.picklist(REVERSE_MODES), tStart: numberIn(RANGES.T) }),
    forwardNoise: v.picklist(FORWARD_NOISE_MODES),
    t: T,
    speed: numberIn(RANGES.speed),
    seed: numberIn(RANGES.seed),
    view: VIEW_SCHEMA,
    lesson: LESSON_SCHEMA,
    calculator: CALCULATOR_VIEW_SCHEMA,
  }),
  v.check((s) => {
    const range = timestepRange(scheduleLength(s.schedule));
    return inRange(s.t, range) && inRange(s.reverse.tStart, range);
  }, "t and the reconstruction start must lie in 1..T"),
) satisfies v.GenericSchema<unknown, Settings>;

/** Whether an untrusted value is a schedule spec within the settings' bounds (as `schedule` or `compare`). */
export function isValidSchedule(value: unknown): value is Settings["schedule"] {
  return v.is(SCHEDULE_SCHEMA, value);
}

/** Whether an untrusted value (parsed JSON, a decoded link, a store snapshot) is valid settings. */
export function isValidSettings(value: unknown): value is Settings {
  return v.is(SETTINGS_SCHEMA, value);
}
