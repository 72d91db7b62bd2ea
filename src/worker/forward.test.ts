import { describe, expect, it } from "vitest";
import { makeDataset } from "../core/data/datasets";
import { forwardSample } from "../core/forward";
import { fillNormal, makeRng } from "../core/rng";
import { makeSchedule, type ScheduleSpec } from "../core/schedule";
import { timestep } from "../core/timestep";
import { createCoreApi } from "./api";
import { fixedFrame, type ForwardRequest } from "./forward";

const schedule: ScheduleSpec = { family: "linear", T: 50, betaStart: 1e-3, betaEnd: 0.2 };
const request: ForwardRequest = {
  dataset: { kind: "points", name: "moons", n: 100 },
  schedule,
  seed: 7,
  mode: "fixed",
};

const done = async <T>(outcome: Promise<{ status: string; value?: T }>): Promise<T> => {
  const result = await outcome;
  if (result.status !== "done" || result.value === undefined) throw new Error(`job ${result.status}`);
  return result.value;
};

describe("api.forward", () => {
  it("fixed mode: frames are reproducible from the seed and match the core's forwardSample", async () => {
    const api = createCoreApi();
    const first = await done(api.forward(request));
    const again = await done(api.forward(request));
    if (first.mode !== "fixed" || again.mode !== "fixed") throw new Error("expected fixed mode");
    const { data } = makeDataset(request.dataset, request.seed);
    const eps = fillNormal(makeRng(request.seed, "forward-noise"), new Float32Array(data.length));
    const s = makeSchedule(schedule);
    for (const t of [1, 25, 50]) {
      const expected = forwardSample(s, timestep(t, s.T), data, eps, new Float32Array(data.length));
      const frame = fixedFrame(first, t, new Float32Array(data.length));
      expect(frame).toEqual(expected);
      expect(fixedFrame(again, t, new Float32Array(data.length))).toEqual(frame);
    }
  });

  it("fresh mode: the Markov chain has a frame for every t from 0 to T and is reproducible", async () => {
    const api = createCoreApi();
    const fresh = { ...request, mode: "fresh" } as const;
    const first = await done(api.forward(fresh));
    const again = await done(api.forward(fresh));
    if (first.mode !== "fresh") throw new Error("expected fresh mode");
    expect(first.timesteps).toEqual(Array.from({ length: 51 }, (_, t) => t));
    expect(first.frames[0]).toEqual(makeDataset(request.dataset, request.seed).data);
    expect(again).toEqual(first);
  });

  it("image runs say their image side, in both modes, so the panel can draw heat maps", async () => {
    const api = createCoreApi();
    const images = { ...request, dataset: { kind: "image", size: 4, n: 6 } } as const;
    for (const mode of ["fixed", "fresh"] as const) {
      const result = await done(api.forward({ ...images, mode }));
      expect(result).toMatchObject({ dim: 16, imageSize: 4 });
    }
    expect((await done(api.forward(request))).imageSize).toBeUndefined();
  });
});
