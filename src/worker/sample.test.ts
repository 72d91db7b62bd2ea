import { describe, expect, it } from "vitest";
import { createCoreApi } from "./api";
import type { SampleProgress } from "./sample";
import { SMALL_SAMPLE_REQUEST } from "./testing";

const request = SMALL_SAMPLE_REQUEST;

describe("api.sample", () => {
  it("with the exact denoiser returns a trajectory ending at t = 0 and finite samples", async () => {
    const progress: SampleProgress[] = [];
    const outcome = await createCoreApi().sample(request, (p) => progress.push(p));
    if (outcome.status !== "done") throw new Error("the run was cancelled");
    const { trajectory, samples } = outcome.value;
    expect(trajectory.timesteps[0]).toBe(40);
    expect(trajectory.timesteps.at(-1)).toBe(0);
    expect(trajectory.frames).toHaveLength(trajectory.timesteps.length);
    expect(trajectory.x0Hats).toHaveLength(trajectory.timesteps.length);
    expect(samples).toHaveLength(100);
    expect(samples.every(Number.isFinite)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 40, total: 40 });
  });

  it("reconstructs with the oracle, which only reconstruction allows", async () => {
    const api = createCoreApi();
    const oracle = { ...request, predictor: { kind: "oracle" } } as const;
    const outcome = await api.sample({ ...oracle, mode: { kind: "reconstruct", tStart: 20 } });
    if (outcome.status !== "done") throw new Error("the run was cancelled");
    expect(outcome.value.trajectory.timesteps[0]).toBe(20);
    expect(outcome.value.trajectory.timesteps.at(-1)).toBe(0);
    await expect(api.sample(oracle)).rejects.toThrow(/reconstruct/);
  });
});

describe("api.sample reconstructing a subset", () => {
  it("walks back only the data set's first n points, also with the oracle", async () => {
    const api = createCoreApi();
    const oracle = { ...request, predictor: { kind: "oracle" } } as const;
    const outcome = await api.sample({ ...oracle, mode: { kind: "reconstruct", tStart: 20, n: 30 } });
    if (outcome.status !== "done") throw new Error("the run was cancelled");
    expect(outcome.value.samples).toHaveLength(60);
    expect(outcome.value.trajectory.frames[0]).toHaveLength(60);
  });
});
