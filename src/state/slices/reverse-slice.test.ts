import { afterEach, describe, expect, it } from "vitest";
import type { CoreClient } from "../../worker/client";
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
import { shownField } from "./reverse-field";
import { ORACLE_NEEDS_DATA, RUN_FAILED } from "./reverse-slice";

/** A client stand-in whose sampling results wait at a gate: `arrived` once one is in, `open()` lets it through. */
function gatedSampling(inner: CoreClient) {
  let open = (): void => undefined;
  let arrived = (): void => undefined;
  const gate = {
    arrived: new Promise<void>((resolve) => (arrived = resolve)),
    open: () => open(),
  };
  const opened = new Promise<void>((resolve) => (open = resolve));
  const client: CoreClient = {
    call: async (kind, use) => {
      const result = await inner.call(kind, use);
      if (kind === "sample") {
        arrived();
        await opened;
      }
      return result;
    },
    get api() {
      return inner.api;
    },
    terminate: () => inner.terminate(),
  };
  return { client, gate };
}

/** A client stand-in whose quality calls fail while `failing.quality` is set. */
function failingQuality(inner: CoreClient) {
  const failing = { quality: true };
  const client: CoreClient = {
    call: (kind, use) =>
      kind === "quality" && failing.quality
        ? Promise.resolve({
            status: "error",
            message: "no quality today",
            retry: () => inner.call(kind, use),
          })
        : inner.call(kind, use),
    get api() {
      return inner.api;
    },
    terminate: () => inner.terminate(),
  };
  return { client, failing };
}

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
  const open = (settings = SMALL_SETTINGS, wrap?: (client: CoreClient) => CoreClient): AppStore =>
    (current = testStore(settings, wrap)).store;
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

  it("drops a run that finishes after its predictor became unavailable", async () => {
    let gate: ReturnType<typeof gatedSampling>["gate"] | undefined;
    const store = open({ ...SMALL_SETTINGS, predictor: "exact" }, (client) => {
      const gated = gatedSampling(client);
      gate = gated.gate;
      return gated.client;
    });
    await gate?.arrived;
    store.getState().update((s) => ({ ...s, predictor: "oracle" }));
    expect(store.getState().reverse).toMatchObject({ status: "waiting", waitingFor: ORACLE_NEEDS_DATA });
    gate?.open();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.getState().reverse).toMatchObject({ status: "waiting", result: null });
  });

  it("stops saying it is running after a failed run, and Retry runs it again", async () => {
    const store = open({ ...SMALL_SETTINGS, predictor: "exact" });
    await until(store, (s) => s.reverse.status === "ready");
    await current?.client.api.failNextForTesting("sample");
    store.getState().update((s) => ({ ...s, sampler: { ...s.sampler, steps: 30 } }));
    const failed = await until(store, (s) => s.fault !== null && s.reverse.status !== "running");
    expect(failed.reverse).toMatchObject({ status: "waiting", waitingFor: RUN_FAILED, result: null });
    failed.fault?.retry();
    const ready = await until(store, (s) => s.reverse.status === "ready");
    expect(ready.reverse.result?.trajectory.frames.length).toBeGreaterThan(1);
  });

  it("stops scoring after a failed quality call, keeping the run", async () => {
    let failing: { quality: boolean } | undefined;
    const store = open({ ...SMALL_SETTINGS, predictor: "exact" }, (client) => {
      const made = failingQuality(client);
      failing = made.failing;
      return made.client;
    });
    const failed = await until(store, (s) => s.fault !== null && !s.reverse.scoring);
    expect(failed.reverse).toMatchObject({ status: "ready", quality: null });
    expect(failed.reverse.result).not.toBeNull();
    if (failing) failing.quality = false;
    failed.fault?.retry();
    const scored = await until(store, (s) => s.reverse.quality !== null);
    expect(scored.reverse.scoring).toBe(false);
  });

  it("draws the field only at the frame's own t, and forgets it when the predictor is gone", async () => {
    const store = open({ ...SMALL_SETTINGS, predictor: "mlp" });
    await store.getState().train(20);
    await until(store, (s) => s.reverse.status === "ready");
    store.getState().setReverseOverlay("field", true);
    const first = await until(store, (s) => s.reverseField !== null);
    expect(shownField(first)).toBe(first.reverseField);
    store.getState().showReverseFrame(5);
    // Paused on a frame whose field is still computing: the old t's arrows are not drawn over it.
    expect(shownField(store.getState())).toBeNull();
    const fifth = await until(store, (s) => s.reverseField?.t === s.reverse.result?.trajectory.timesteps[5]);
    expect(shownField(fifth)).toBe(fifth.reverseField);
    store.getState().resetModel("mlp");
    await until(store, (s) => s.reverse.status === "waiting");
    expect(store.getState().reverseField).toBeNull();
  });
});
