import { makeDataset, type DatasetSpec } from "../core/data/datasets";
import type { NoisePredictor } from "../core/predictors/predictor";
import { makeSchedule, type Schedule, type ScheduleSpec } from "../core/schedule";
import { timestep } from "../core/timestep";
import { rememberLast } from "./last-call";
import { makePredictor, type PredictorSpec } from "./sample";

/** The score field of a predictor at one timestep, on a square grid of 2-D points. */
export interface FieldRequest {
  readonly dataset: DatasetSpec;
  readonly schedule: ScheduleSpec;
  readonly seed: number;
  readonly predictor: PredictorSpec;
  /** The timestep, 1..T. */
  readonly t: number;
  /** The grid covers [−extent, extent]² … */
  readonly extent: number;
  /** … with this many cell centres per side. */
  readonly grid: number;
}

/** Grid points and the score there, or why the score does not exist. */
export interface FieldResult {
  readonly t: number;
  /** (x, y) of every grid point, row by row. */
  readonly positions: Float32Array;
  /** ∇log p_t(x_t) ≈ −ε̂/√(1 − ᾱ_t) at each grid point; null when undefined. */
  readonly score: Float32Array | null;
  readonly undefinedBecause: string | null;
}

/** Centres of grid×grid cells tiling [−extent, extent]², row by row from the bottom left. */
function gridPositions(extent: number, grid: number): Float32Array {
  const positions = new Float32Array(grid * grid * 2);
  const cell = (2 * extent) / grid;
  for (let row = 0; row < grid; row++) {
    for (let column = 0; column < grid; column++) {
      const i = 2 * (row * grid + column);
      positions[i] = -extent + (column + 0.5) * cell;
      positions[i + 1] = -extent + (row + 0.5) * cell;
    }
  }
  return positions;
}

/** What a field request sets up before it looks at t: rebuilt only when one of these changes (see last-call.ts). */
type FieldModelKey = Pick<FieldRequest, "dataset" | "schedule" | "seed" | "predictor">;

/** The schedule, and the predictor whose field is drawn or why there is none. */
type FieldModel = { readonly schedule: Schedule } & (
  | { readonly predictor: NoisePredictor; readonly why: null }
  | { readonly predictor: null; readonly why: string }
);

const fieldModel = rememberLast(({ dataset, schedule, seed, predictor }: FieldModelKey): FieldModel => {
  const built = makeSchedule(schedule);
  const none = (why: string): FieldModel => ({ schedule: built, predictor: null, why });
  if (predictor.kind === "oracle") {
    return none("the oracle knows the noise of the data's own points only, so it has no field");
  }
  const { data, dim } = makeDataset(dataset, seed);
  if (dim !== 2) return none("the field is drawn for 2-D points only");
  return { schedule: built, predictor: makePredictor(predictor, built, data, dim, false), why: null };
});

/**
 * The predicted score s_θ(x, t) = −ε̂(x, t)/√(1 − ᾱ_t) (Song & Ermon's score, in DDPM's ε form) on a grid,
 * for the reverse panel's arrows. Only 2-D data have a plane to draw it on; the oracle has no field (it
 * knows the noise of known points only), and where no noise has been added the score is undefined.
 */
export function runField(request: FieldRequest): FieldResult {
  const { dataset, schedule: spec, seed, predictor: predictorSpec } = request;
  const model = fieldModel({ dataset, schedule: spec, seed, predictor: predictorSpec });
  const { schedule } = model;
  const t = timestep(request.t, schedule.T);
  const positions = gridPositions(request.extent, request.grid);
  const none = (reason: string): FieldResult => ({ t, positions, score: null, undefinedBecause: reason });
  if (model.predictor === null) return none(model.why);
  const noiseStd = schedule.sqrtOneMinusAlphaBars[t - 1] as number;
  if (noiseStd === 0) return none(`no noise has been added at t = ${t} (ᾱ_t = 1): the score is undefined`);
  const score = new Float32Array(positions.length);
  model.predictor.predict(positions, new Int32Array(positions.length / 2).fill(t), score);
  for (let k = 0; k < score.length; k++) score[k] = -(score[k] as number) / noiseStd;
  return { t, positions, score, undefinedBecause: null };
}
