import { afterEach, describe, expect, it } from "vitest";
import { DELIBERATE_FAILURE } from "../worker/api";
import type { AppStore } from "./store";
import { SMALL_SETTINGS, testStore, until } from "./testing-store";

describe("the app store", () => {
  let current: ReturnType<typeof testStore> | undefined;
  const open = (): AppStore => (current = testStore()).store;
  afterEach(() => current?.dispose());

  it("computes the forward process at the start and again when a setting it depends on changes", async () => {
    const store = open();
    const first = await until(store, (s) => s.forward !== null && !s.forwardLoading);
    if (first.forward?.mode !== "fixed") throw new Error("expected the closed form");
    expect(first.forward.x0.length).toBe(2 * 200);
    store.getState().update((s) => ({ ...s, seed: 9 }));
    const second = await until(store, (s) => s.forward !== first.forward && !s.forwardLoading);
    if (second.forward?.mode !== "fixed") throw new Error("expected the closed form");
    expect(Array.from(second.forward.x0)).not.toEqual(Array.from(first.forward.x0));
  });

  it("keeps the forward run when only the viewed timestep changes", async () => {
    const store = open();
    const loaded = await until(store, (s) => s.forward !== null && !s.forwardLoading);
    store.getState().update((s) => ({ ...s, t: 5 }));
    expect(store.getState().settings.t).toBe(5);
    expect(store.getState().forwardLoading).toBe(false);
    expect(store.getState().forward).toBe(loaded.forward);
  });

  it("refuses a change that would make the settings invalid, with a notice naming the field", () => {
    const store = open();
    store.getState().update((s) => ({ ...s, t: SMALL_SETTINGS.schedule.family === "custom" ? 0 : 41 }), "t");
    expect(store.getState().settings.t).toBe(20);
    expect(store.getState().notices).toEqual([
      { key: "t", message: expect.stringContaining("t is out of range") },
    ]);
  });

  it("keeps a trained model when a link changes only t", async () => {
    const store = open();
    await store.getState().train(20);
    const { settings, training } = store.getState();
    store.getState().replaceSettings(structuredClone({ ...settings, t: 7 }));
    expect(store.getState().settings.t).toBe(7);
    expect(store.getState().settings.schedule).toBe(settings.schedule);
    expect(store.getState().training).toBe(training);
  });

  it("moves t within 1..T only", () => {
    const store = open();
    store.getState().setT(40);
    expect(store.getState().settings.t).toBe(40);
    store.getState().setT(41);
    store.getState().setT(2.5);
    expect(store.getState().settings.t).toBe(40);
    expect(store.getState().notices.map((n) => n.key)).toEqual(["t"]);
  });

  it("trains the MLP, then samples with it and scores the samples", async () => {
    const store = open();
    await store.getState().train(60);
    // Progress travels on its own channel: with a fast engine the one report may land after the result.
    const { training: trained } = await until(store, (s) => s.training.history.length > 0);
    expect(trained).toMatchObject({ status: "trained", step: 60 });
    expect(trained.weights).not.toBeNull();
    expect(trained.history.length).toBeGreaterThan(0);
    const sampled = await until(store, (s) => s.reverse.quality !== null);
    expect(sampled.reverse.result?.trajectory.timesteps.at(-1)).toBe(0);
    expect(sampled.reverse.quality?.quality.ratio).toBeGreaterThan(0);
  });

  it("forgets a model when the data it was trained on change", async () => {
    const store = open();
    await store.getState().train(20);
    expect(store.getState().training.status).toBe("trained");
    store.getState().update((s) => ({ ...s, dataset: { kind: "points", name: "circle", n: 200 } }));
    expect(store.getState().training).toMatchObject({ status: "untrained", weights: null });
    expect(store.getState().reverse.waitingFor).toContain("train");
  });

  it("stops training on request and keeps what was learned", async () => {
    const store = open();
    const training = store.getState().train(1_000_000);
    await until(store, (s) => s.training.step > 0);
    store.getState().stopTraining();
    await training;
    const stopped = store.getState().training;
    expect(stopped.status).toBe("trained");
    expect(stopped.step).toBeGreaterThan(0);
    expect(stopped.step).toBeLessThan(1_000_000);
    expect(stopped.weights).not.toBeNull();
  });

  it("shows a worker failure with a retry that recomputes, and leaves the settings alone", async () => {
    const store = open();
    await until(store, (s) => s.forward !== null && !s.forwardLoading);
    await current?.client.api.failNextForTesting("forward");
    const before = store.getState().settings;
    store.getState().update((s) => ({ ...s, seed: 4 }));
    const failed = await until(store, (s) => s.fault !== null);
    expect(failed.fault).toMatchObject({ task: "computing the forward process" });
    expect(failed.fault?.message).toContain(DELIBERATE_FAILURE);
    expect(failed.settings).toEqual({ ...before, seed: 4 });
    failed.fault?.retry();
    const recovered = await until(store, (s) => s.fault === null && s.forward !== null && !s.forwardLoading);
    expect(recovered.settings.seed).toBe(4);
  });
});
