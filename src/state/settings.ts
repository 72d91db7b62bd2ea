/**
 * Everything a user can change, as one plain JSON-able object: what the store holds and the URL mirrors.
 * Where the core has a type for a choice (ScheduleSpec, DatasetSpec, SamplerSettings, parts of MlpConfig and
 * TrainingSettings) the settings use it as is, so the store hands them to the core without translation.
 * Every default comes from DEFAULT_RECIPE (src/core/recipe.ts) or another core constant.
 */
import { HOMEWORK_IMAGES, type DatasetSpec } from "../core/data/datasets";
import { HOMEWORK_IMAGE_SIZE } from "../core/data/images";
import { POINT_CLOUDS } from "../core/data/point-clouds";
import { ACTIVATIONS, type ActivationName } from "../core/nn/activations";
import type { MlpConfig } from "../core/nn/config";
import { DEFAULT_RECIPE } from "../core/recipe";
import type { ReverseVariance } from "../core/reverse";
import type { SamplerSettings } from "../core/sampling/sampler";
import { COSINE_DEFAULT_S, makeSchedule, type ScheduleFamily, type ScheduleSpec } from "../core/schedule";
import type { TrainingSettings } from "../core/training/trainer";
import { DEFAULT_CALCULATOR, type CalculatorView } from "./calculator-view";
import { DEFAULT_VIEW, type ClassroomView, type LessonPlace } from "./classroom";

/** The noise predictors the reverse panel can use (src/core/predictors). */
export const PREDICTOR_KINDS = ["exact", "mlp", "linear", "oracle"] as const;
export type PredictorKind = (typeof PREDICTOR_KINDS)[number];

/** Generate from pure noise, or diffuse real data to a start timestep and walk it back. */
export const REVERSE_MODES = ["generate", "reconstruct"] as const;
export type ReverseMode = (typeof REVERSE_MODES)[number];

/** The forward panel keeps one noise draw ε while t moves ("fixed") or draws a new one per frame ("fresh"). */
export const FORWARD_NOISE_MODES = ["fixed", "fresh"] as const;
export type ForwardNoiseMode = (typeof FORWARD_NOISE_MODES)[number];

/** DDPM (ancestral) or DDIM sampling. */
export const SAMPLER_METHODS = ["ddpm", "ddim"] as const satisfies readonly SamplerSettings["method"][];
/** DDPM's σ_t²: β_t or the posterior variance β̃_t. */
export const REVERSE_VARIANCES = ["beta", "betaTilde"] as const satisfies readonly ReverseVariance[];
/** The MLP activations, as the core names them. */
export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as readonly ActivationName[];

/** The data set menu: a named point cloud, single-dot images, or the user's drawing. */
export const DATA_CHOICES = [...POINT_CLOUDS, "image", "drawn"] as const;
export type DataChoice = (typeof DATA_CHOICES)[number];

/** Every user-changeable setting. Plain data (no typed arrays, no classes), so it survives JSON and a link. */
export interface Settings {
  readonly schedule: ScheduleSpec;
  /** A second schedule pinned for comparison, drawn as a ghost on the schedule charts; null when none. */
  readonly compare: ScheduleSpec | null;
  readonly dataset: DatasetSpec;
  readonly predictor: PredictorKind;
  /** The MLP's shape; the rest of MlpConfig (embeddings, residual blocks) follows the recipe. */
  readonly model: Pick<MlpConfig, "width" | "depth" | "activation">;
  /**
   * The knobs of training shown to users; the rest of TrainingSettings follows the recipe. totalSteps is
   * the length of a training run, so a link retrains exactly the model it was made with.
   */
  readonly training: Pick<TrainingSettings, "lr" | "batchSize" | "totalSteps">;
  readonly sampler: SamplerSettings;
  /** tStart (1..T) is where reconstruction starts; kept while generating so switching back restores it. */
  readonly reverse: { readonly mode: ReverseMode; readonly tStart: number };
  readonly forwardNoise: ForwardNoiseMode;
  /** The timestep the forward panel shows, 1..T. */
  readonly t: number;
  /** Playback speed as a multiple of the UI's normal pace (1 = normal). */
  readonly speed: number;
  /** The user-visible seed every random stream derives from (see makeRng). */
  readonly seed: number;
  /** Presentation mode, its choice of panels and controls, and slow motion (see classroom.ts). */
  readonly view: ClassroomView;
  /** The guided lesson and step on show, or null. */
  readonly lesson: LessonPlace | null;
  /** The calculator's open problem and typed inputs (see calculator-view.ts). */
  readonly calculator: CalculatorView;
}

/** The parameters of every schedule family at once, so switching families can keep what still applies. */
export interface ScheduleParameters {
  readonly T: number;
  readonly betaStart: number;
  readonly betaEnd: number;
  readonly s: number;
  readonly beta: number;
  readonly betas: readonly number[];
}

/** The parameters of every data set choice at once. */
export interface DatasetParameters {
  readonly n: number;
  readonly imageSize: number;
  readonly points: readonly number[];
}

/** Freezes a value and everything inside it, so no caller can change a shared default by accident. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const RECIPE_SCHEDULE = makeSchedule(DEFAULT_RECIPE.schedule);
const RECIPE_T = RECIPE_SCHEDULE.T;

/**
 * What each family starts from. Only the recipe's family is in the recipe; the others are derived from its
 * schedule so that they describe a comparable chain: the same T, its first and last β (exactly β_start and
 * β_end for the linear recipe), the constant β that leaves the same ᾱ_T, and custom betas equal to it.
 */
export const SCHEDULE_PARAMETER_DEFAULTS: ScheduleParameters = deepFreeze({
  T: RECIPE_T,
  betaStart: RECIPE_SCHEDULE.betas[0] as number,
  betaEnd: RECIPE_SCHEDULE.betas[RECIPE_T - 1] as number,
  s: COSINE_DEFAULT_S,
  beta: 1 - (RECIPE_SCHEDULE.alphaBars[RECIPE_T - 1] as number) ** (1 / RECIPE_T),
  betas: Array.from(RECIPE_SCHEDULE.betas),
});

/** How many samples a data set spec holds. */
export function sampleCount(spec: DatasetSpec): number {
  return spec.kind === "drawn" ? spec.points.length / 2 : spec.n;
}

/** The recipe's size for generated point clouds, and the homework's 100 copies for images. */
export function defaultSampleCount(choice: DataChoice): number {
  return sampleCount(choice === "image" ? HOMEWORK_IMAGES : DEFAULT_RECIPE.dataset);
}

/** T of any schedule spec (custom schedules have one step per β). */
export function scheduleLength(spec: ScheduleSpec): number {
  return spec.family === "custom" ? spec.betas.length : spec.T;
}

/** The spec of one family built from a full parameter set. */
export function scheduleSpecFor(family: ScheduleFamily, p: ScheduleParameters): ScheduleSpec {
  switch (family) {
    case "linear":
    case "scaled_linear":
    case "sigmoid":
      return { family, T: p.T, betaStart: p.betaStart, betaEnd: p.betaEnd };
    case "cosine":
      return { family, T: p.T, s: p.s };
    case "constant":
      return { family, T: p.T, beta: p.beta };
    case "custom":
      return { family, betas: p.betas };
  }
}

/** The menu entry a data set spec corresponds to. */
export function datasetChoice(spec: DatasetSpec): DataChoice {
  return spec.kind === "points" ? spec.name : spec.kind;
}

/** The spec of one data set choice built from a full parameter set. */
export function datasetSpecFor(choice: DataChoice, p: DatasetParameters): DatasetSpec {
  switch (choice) {
    case "image":
      return { kind: "image", size: p.imageSize, n: p.n };
    case "drawn":
      return { kind: "drawn", points: p.points };
    default:
      return { kind: "points", name: choice, n: p.n };
  }
}

/** The image side a link or the UI starts from when switching to images: the homework's 3×3. */
export const DEFAULT_IMAGE_SIZE = HOMEWORK_IMAGE_SIZE;

/**
 * The page as it opens: the recipe (so the predictor is the MLP it trains), plus view defaults: t = T shows
 * the fully noised data, seed 0, normal speed, one fixed noise draw. The reconstruction start is halfway:
 * noisy enough to need the model, with the data's shape still faint.
 */
export const DEFAULT_SETTINGS: Settings = deepFreeze(
  structuredClone({
    schedule: DEFAULT_RECIPE.schedule,
    compare: null,
    dataset: DEFAULT_RECIPE.dataset,
    predictor: "mlp",
    model: {
      width: DEFAULT_RECIPE.model.width,
      depth: DEFAULT_RECIPE.model.depth,
      activation: DEFAULT_RECIPE.model.activation,
    },
    training: {
      lr: DEFAULT_RECIPE.training.lr,
      batchSize: DEFAULT_RECIPE.training.batchSize,
      totalSteps: DEFAULT_RECIPE.training.totalSteps,
    },
    sampler: DEFAULT_RECIPE.sampler,
    reverse: { mode: "generate", tStart: Math.ceil(RECIPE_T / 2) },
    forwardNoise: "fixed",
    t: RECIPE_T,
    speed: 1,
    seed: 0,
    view: DEFAULT_VIEW,
    lesson: null,
    calculator: DEFAULT_CALCULATOR,
  } satisfies Settings),
);
