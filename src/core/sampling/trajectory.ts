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
 * Records frames while a sampler steps: every step when they fit in `budgetBytes`, otherwise an evenly spread
 * subset that always includes the start and wherever the run stops. Stepping through the recorder rather
 * than running to the end lets a worker stop between chunks and still return a well-formed trajectory.
 */
export class TrajectoryRecorder {
  private readonly trajectory: Trajectory = { timesteps: [], frames: [], x0Hats: [], undefinedSteps: [] };
  private readonly stride: number;
  private taken = 0;

  constructor(
    private readonly sampler: ReverseSampler,
    budgetBytes = DEFAULT_TRAJECTORY_BYTES,
  ) {
    const frameBytes = 2 * sampler.x.byteLength;
    const maxFrames = Math.max(2, Math.floor(budgetBytes / Math.max(1, frameBytes)));
    this.stride = Math.max(1, Math.ceil(sampler.totalSteps / (maxFrames - 1)));
  }

  /** Reverse steps taken so far. */
  get steps(): number {
    return this.taken;
  }

  /** Takes one reverse step, recording the frame it leaves when that frame is due; true once done. */
  step(): boolean {
    const { sampler, trajectory } = this;
    if (sampler.done) return true;
    const recorded = this.taken % this.stride === 0;
    if (recorded) {
      trajectory.timesteps.push(sampler.t);
      trajectory.frames.push(sampler.x.slice());
    }
    const report = sampler.step();
    this.taken += 1;
    if (report.undefinedBecause)
      trajectory.undefinedSteps.push({ t: report.t, reason: report.undefinedBecause });
    // A frame's x̂_0 is the one predicted from it, which exists only once its step has run.
    if (recorded) trajectory.x0Hats.push(report.x0HatDefined ? sampler.x0Hat.slice() : null);
    return sampler.done;
  }

  /** Adds where the points are now (t = 0 once done) as the last frame, and returns the trajectory. */
  finish(): Trajectory {
    const { sampler, trajectory } = this;
    trajectory.timesteps.push(sampler.t);
    trajectory.frames.push(sampler.x.slice());
    trajectory.x0Hats.push(null);
    return trajectory;
  }
}

/** Runs the sampler to the end, recording its trajectory within `budgetBytes`. */
export function runWithTrajectory(
  sampler: ReverseSampler,
  budgetBytes = DEFAULT_TRAJECTORY_BYTES,
): Trajectory {
  const recorder = new TrajectoryRecorder(sampler, budgetBytes);
  while (!recorder.step());
  return recorder.finish();
}
