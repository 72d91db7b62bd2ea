import type { ReverseSampler } from "./sampler";

/** Frames are kept within this many bytes by default (x and x̂_0 per frame, float32). */
export const DEFAULT_TRAJECTORY_BYTES = 64 * 1024 * 1024;

/** Snapshots of a reverse run: the points at chosen timesteps and the x̂_0 predicted there. */
export interface Trajectory {
  /** The timestep of each frame, descending; the first is the start, the last is 0. */
  readonly timesteps: number[];
  readonly frames: Float32Array[];
  /** x̂_0 predicted at the step that left each frame's timestep; null where it does not exist (and for t = 0). */
  readonly x0Hats: (Float32Array | null)[];
  /** Reasons for steps that could not be taken, by timestep. */
  readonly undefinedSteps: { t: number; reason: string }[];
}

/**
 * Runs the sampler to the end and records frames: every step when they fit in `budgetBytes`, otherwise an
 * evenly spread subset that always includes the start and the end.
 */
export function runWithTrajectory(
  sampler: ReverseSampler,
  budgetBytes = DEFAULT_TRAJECTORY_BYTES,
): Trajectory {
  const frameBytes = 2 * sampler.x.byteLength;
  const maxFrames = Math.max(2, Math.floor(budgetBytes / Math.max(1, frameBytes)));
  const stride = Math.max(1, Math.ceil(sampler.totalSteps / (maxFrames - 1)));
  const trajectory: Trajectory = { timesteps: [], frames: [], x0Hats: [], undefinedSteps: [] };
  for (let taken = 0; !sampler.done; taken++) {
    const recorded = taken % stride === 0;
    if (recorded) {
      trajectory.timesteps.push(sampler.t);
      trajectory.frames.push(sampler.x.slice());
    }
    const report = sampler.step();
    if (report.undefinedBecause)
      trajectory.undefinedSteps.push({ t: report.t, reason: report.undefinedBecause });
    // A frame's x̂_0 is the one predicted from it, which exists only once its step has run.
    if (recorded) trajectory.x0Hats.push(report.x0HatDefined ? sampler.x0Hat.slice() : null);
  }
  trajectory.timesteps.push(0);
  trajectory.frames.push(sampler.x.slice());
  trajectory.x0Hats.push(null);
  return trajectory;
}
