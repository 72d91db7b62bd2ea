/** Test support: fast-check generators of link text and of valid settings. */
import fc from "fast-check";
import { POINT_CLOUDS } from "../core/data/point-clouds";
import type { ScheduleSpec } from "../core/schedule";
import { CALCULATOR_PROBLEMS, MAX_CALCULATOR_INPUT_CHARS } from "./calculator-view";
import { CONTROL_IDS, LESSON_IDS, orderedSubset, PANEL_IDS } from "./classroom";
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
import { MAX_CUSTOM_BETAS, RANGES, type NumberRange } from "./settings-schema";

/**
 * One character of hostile link text: the link's own syntax, ASCII, and any UTF-16 unit (lone surrogates
 * included). fast-check's `unit: "binary"` covers the same ground but is slow to generate.
 */
export const LINK_CHAR = fc.oneof(
  fc.constantFrom("%", "&", "=", "#", ",", "+", "-", "_", ".", "e"),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);

/** Percent-encodes what can be (a lone surrogate cannot), so values are also tried as a browser sends them. */
export function percentEncoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Any number in the range: whole numbers small and large, or doubles down to the bounds. */
export function numberIn(range: NumberRange): fc.Arbitrary<number> {
  // + 0 turns −0 into 0: links write both as 0.
  const double = fc.double({ min: range.min, max: range.max, noNaN: true }).map((x) => x + 0);
  if (!range.integer) return double;
  return fc.oneof(fc.integer({ min: range.min, max: Math.min(range.max, 1000) }), double.map(Math.floor));
}

const PROBABILITY = numberIn(RANGES.probability);
const T = numberIn(RANGES.T);

const SCHEDULE: fc.Arbitrary<ScheduleSpec> = fc.oneof(
  fc.record({
    family: fc.constantFrom("linear", "scaled_linear", "sigmoid"),
    T,
    betaStart: PROBABILITY,
    betaEnd: PROBABILITY,
  }),
  fc.record({ family: fc.constant("cosine"), T, s: PROBABILITY }),
  fc.record({ family: fc.constant("constant"), T, beta: PROBABILITY }),
  fc.record({
    family: fc.constant("custom"),
    betas: fc.array(PROBABILITY, { minLength: 1, maxLength: Math.min(MAX_CUSTOM_BETAS, 40) }),
  }),
);

/** A drawing on the link's grid of hundredths, so it round-trips exactly. */
const DRAWN_POINTS = fc
  .array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 })
  .map((q) => (q.length % 2 ? [...q, 0] : q).map((x) => x / 100 + 0));

const DATASET = fc.oneof(
  fc.record({ kind: fc.constant("points"), name: fc.constantFrom(...POINT_CLOUDS), n: numberIn(RANGES.n) }),
  fc.record({ kind: fc.constant("drawn"), points: DRAWN_POINTS }),
  fc.record({ kind: fc.constant("image"), size: numberIn(RANGES.imageSize), n: numberIn(RANGES.n) }),
);

/** Any presentation setup: panels and hidden controls as sets in their vocabulary's order. */
const VIEW = fc.record({
  present: fc.boolean(),
  panels: fc.subarray([...PANEL_IDS], { minLength: 1 }).map((panels) => orderedSubset(panels, PANEL_IDS)),
  hidden: fc.subarray([...CONTROL_IDS]).map((hidden) => orderedSubset(hidden, CONTROL_IDS)),
  slow: fc.boolean(),
});

const LESSON = fc.option(
  fc.record({ id: fc.constantFrom(...LESSON_IDS), step: numberIn(RANGES.lessonStep) }),
  { nil: null },
);

/** The calculator open or closed, with typed inputs of any text (lone surrogates too) in a few problems. */
const CALCULATOR = fc.record({
  open: fc.option(fc.constantFrom(...CALCULATOR_PROBLEMS), { nil: null }),
  edits: fc.dictionary(
    fc.constantFrom(...CALCULATOR_PROBLEMS),
    fc.dictionary(
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/),
      fc.string({ unit: LINK_CHAR, maxLength: Math.min(MAX_CALCULATOR_INPUT_CHARS, 30) }),
      { minKeys: 1, maxKeys: 3 },
    ),
    { maxKeys: 3 },
  ),
});

/** Valid settings of every shape, with t and the reconstruction start within the schedule's T. */
export const SETTINGS: fc.Arbitrary<Settings> = SCHEDULE.chain((spec) => {
  const timestep = fc.integer({ min: 1, max: scheduleLength(spec) });
  return fc.record({
    schedule: fc.constant(spec),
    compare: fc.option(SCHEDULE, { nil: null }),
    dataset: DATASET,
    predictor: fc.constantFrom(...PREDICTOR_KINDS),
    model: fc.record({
      width: numberIn(RANGES.width),
      depth: numberIn(RANGES.depth),
      activation: fc.constantFrom(...ACTIVATION_NAMES),
    }),
    training: fc.record({
      lr: numberIn(RANGES.lr),
      batchSize: numberIn(RANGES.batchSize),
      totalSteps: numberIn(RANGES.trainSteps),
    }),
    sampler: fc.record({
      method: fc.constantFrom(...SAMPLER_METHODS),
      variance: fc.constantFrom(...REVERSE_VARIANCES),
      eta: PROBABILITY,
      steps: numberIn(RANGES.steps),
      clipX0: fc.option(numberIn(RANGES.clipX0), { nil: null }),
    }),
    reverse: fc.record({ mode: fc.constantFrom(...REVERSE_MODES), tStart: timestep }),
    forwardNoise: fc.constantFrom(...FORWARD_NOISE_MODES),
    t: timestep,
    speed: numberIn(RANGES.speed),
    seed: numberIn(RANGES.seed),
    view: VIEW,
    lesson: LESSON,
    calculator: CALCULATOR,
  });
});
