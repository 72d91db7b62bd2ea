import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../settings";
import type { AppStore } from "../store";
import { SMALL_SETTINGS, testStore, until } from "../testing-store";
import {
  EXACT_WEIGHING_BUDGET,
  GENERATED_POINTS,
  MIN_POINTS,
  reversePoints,
  sampleRequest,
} from "./reverse-request";
import { ORACLE_NEEDS_DATA } from "./reverse-slice";

describe("reversePoints", () => {
  it("walks the full count with a cheap predictor, and fewer with the exact denoiser", () => {
    expect(reversePoints(DEFAULT_SETTINGS)).toBe(GENERATED_POINTS);
    const exact = reversePoints({ ...DEFAULT_SETTINGS, predictor: "exact" });
    expect(exact).toBe(Math.floor(EXACT_WEIGHING_BUDGET / (200 * 2000)));
    expect(exact).toBeLessThan(GENERATED_POINTS);
  });

  it("shrinks with the number of steps but never below the minimum or above the data in reconstruction", () => {
    const long = { ...DEFAULT_SETTINGS, sampler: { ...DEFAULT_SETTINGS.sampler, steps: 10_000 } };
    const longT = { ...long, schedule: { ...DEFAULT_SETTINGS.schedule, T: 10_000 } };
    expect(reversePoints(long)).toBe(GENERATED_POINTS); // steps are capped at T = 200
    expect(reversePoints(longT)).toBe(MIN_POINTS);
    const tiny = { ...DEFAULT_SETTINGS, dataset: { kind: "points", name: "moons", n: 30 } } as const;
    const reconstruct = { ...tiny, reverse: { mode: "reconstruct", tStart: 50 } } as const;
    expect(reversePoints(reconstruct)).toBe(30);
    expect(sampleRequest(reconstruct, { kind: "exact" }).mode).toEqual({
      kind: "reconstruct",
      tStart: 50,
      n: 30,
    });
  });
});

describe("the reverse slice", () => {
  let current: ReturnType<typeof testStore> | undefined;
  const open = (settings = SMALL_SETTINGS): AppStore => (current = testStore(settings)).store;
  afterEach(() => current?.dispose());

  it("explains that the oracle cannot generate, and reconstructs with it", async () => {
    const store = open({ ...SMALL_SETTINGS, predictor: "oracle" });
    expect(store.getState().reverse).toMatchObject({ status: "waiting", waitingFor: ORACLE_NEEDS_DATA });
    store.getState().update((s) => ({ ...s, reverse: { mode: "reconstruct", tStart: 20 } }));
    const ready = await until(store, (s) => s.reverse.status === "ready");
    expect(ready.reverse.result?.trajectory.timesteps[0]).toBe(20);
    expect(ready.reverse.result?.samples).toHaveLength(2 * 200);
  });

  it("plays a new run from its start; scrubbing pauses and clamps; play at the end starts over", async () => {
    const store = open({ ...SMALL_SETTINGS, predictor: "exact" });
    const ready = await until(store, (s) => s.reverse.status === "ready");
    const frames = ready.reverse.result?.trajectory.frames.length ?? 0;
    expect(ready.reverseView).toEqual({ frame: 0, playing: true });
    store.getState().showReverseFrame(frames + 5);
    expect(store.getState().reverseView).toEqual({ frame: frames - 1, playing: false });
    store.getState().setReversePlaying(true);
    expect(store.getState().reverseView).toEqual({ frame: 0, playing: true });
    store.getState().showReverseFrame(3, true);
    expect(store.getState().reverseView).toEqual({ frame: 3, playing: true });
  });

  it("computes the score field at the shown frame's timestep while the field is on", async () => {
    const store = open({ ...SMALL_SETTINGS, predictor: "exact" });
    const ready = await until(store, (s) => s.reverse.status === "ready");
    const timesteps = ready.reverse.result?.trajectory.timesteps ?? [];
    store.getState().setReverseOverlay("field", true);
    const first = await until(store, (s) => s.reverseField !== null);
    expect(first.reverseField?.t).toBe(timesteps[0]);
    store.getState().showReverseFrame(timesteps.length - 1);
    // The last frame is at t = 0, where the score is not defined: the field is drawn at t = 1.
    const last = await until(store, (s) => s.reverseField?.t === 1);
    expect(last.reverseField?.score).not.toBeNull();
  });
});
