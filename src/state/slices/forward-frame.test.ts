import { describe, expect, it } from "vitest";
import { makeDataset } from "../../core/data/datasets";
import { forwardSample } from "../../core/forward";
import { fillNormal, makeRng } from "../../core/rng";
import { makeSchedule, type ScheduleSpec } from "../../core/schedule";
import { timestep } from "../../core/timestep";
import { createCoreApi } from "../../worker/api";
import type { ForwardRequest, ForwardResult } from "../../worker/forward";
import {
  cleanData,
  frameAt,
  keptEvery,
  runLength,
  sampleCountOf,
  shownTimestep,
  subsetOf,
} from "./forward-frame";

const schedule: ScheduleSpec = { family: "linear", T: 20, betaStart: 0.01, betaEnd: 0.3 };
const request: ForwardRequest = {
  dataset: { kind: "points", name: "moons", n: 50 },
  schedule,
  seed: 3,
  mode: "fixed",
};

async function run(mode: "fixed" | "fresh"): Promise<ForwardResult> {
  const outcome = await createCoreApi().forward({ ...request, mode });
  if (outcome.status !== "done") throw new Error(`job ${outcome.status}`);
  return outcome.value;
}

describe("frameAt", () => {
  it("fixed noise: t = 0 is the clean data and t ≥ 1 is the closed form with the seeded ε", async () => {
    const result = await run("fixed");
    const { data } = makeDataset(request.dataset, request.seed);
    const eps = fillNormal(makeRng(request.seed, "forward-noise"), new Float32Array(data.length));
    const s = makeSchedule(schedule);
    const scratch = new Float32Array(data.length);
    expect(frameAt(result, 0, scratch)).toEqual(data);
    expect(cleanData(result)).toEqual(data);
    for (const t of [1, 7, 20]) {
      const expected = forwardSample(s, timestep(t, 20), data, eps, new Float32Array(data.length));
      expect(frameAt(result, t, scratch)).toEqual(expected);
    }
  });

  it("clamps t to the run's own T, so a run that lags a change of T still draws", async () => {
    const result = await run("fixed");
    const scratch = new Float32Array(100);
    const last = frameAt(result, 20, new Float32Array(100));
    expect(frameAt(result, 500, scratch)).toEqual(last);
    expect(runLength(result)).toBe(20);
    expect(sampleCountOf(result)).toBe(50);
  });

  it("fresh noise: returns the chain's stored frame for t (and x_0 at 0)", async () => {
    const result = await run("fresh");
    if (result.mode !== "fresh") throw new Error("expected fresh");
    const scratch = new Float32Array(100);
    expect(frameAt(result, 0, scratch)).toBe(result.frames[0]);
    expect(cleanData(result)).toEqual(makeDataset(request.dataset, request.seed).data);
    expect(frameAt(result, 13, scratch)).toBe(result.frames[13]);
    expect(runLength(result)).toBe(20);
  });

  it("fresh noise with a subsampled chain shows the last kept step at or before t", () => {
    const frames = [0, 4, 8, 10].map((t) => new Float32Array([t, -t]));
    const result: ForwardResult = { mode: "fresh", dim: 2, timesteps: [0, 4, 8, 10], frames };
    expect(shownTimestep(result, 7)).toBe(4);
    expect(shownTimestep(result, 8)).toBe(8);
    expect(shownTimestep(result, 9)).toBe(8);
    expect(shownTimestep(result, 99)).toBe(10);
    expect(frameAt(result, 9, new Float32Array(2))).toBe(frames[2]);
    expect(keptEvery(result)).toBe(4);
    expect(keptEvery({ ...result, timesteps: [0, 1, 2], frames: frames.slice(0, 3) })).toBe(1);
  });
});

describe("subsetOf", () => {
  it.each(["fixed", "fresh"] as const)(
    "%s: the subset's frames are the chosen samples' rows",
    async (mode) => {
      const result = await run(mode);
      const picked = subsetOf(result, [4, 0, 49]);
      for (const t of [0, 5, 20]) {
        const full = frameAt(result, t, new Float32Array(100));
        const part = frameAt(picked, t, new Float32Array(6));
        expect(Array.from(part)).toEqual([full[8], full[9], full[0], full[1], full[98], full[99]]);
      }
      expect(sampleCountOf(picked)).toBe(3);
    },
  );
});
