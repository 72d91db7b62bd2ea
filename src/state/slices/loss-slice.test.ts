import { afterEach, describe, expect, it } from "vitest";
import { createCoreClient, type CoreClient } from "../../worker/client";
import { inThreadWorkers } from "../../worker/testing";
import { createAppStore, type AppStore } from "../store";
import { SMALL_SETTINGS, until } from "../testing-store";

/** A store on an in-thread worker whose loss-readout calls are counted. */
function countingStore(predictor: "exact" | "mlp") {
  const inner = createCoreClient(inThreadWorkers().make);
  const counts = { lossReadout: 0 };
  const client: CoreClient = {
    call: (kind, use) => {
      if (kind === "lossReadout") counts.lossReadout += 1;
      return inner.call(kind, use);
    },
    get api() {
      return inner.api;
    },
    terminate: () => inner.terminate(),
  };
  const { store, dispose } = createAppStore({ client }, { ...SMALL_SETTINGS, predictor });
  return { store, counts, dispose: () => (dispose(), client.terminate()) };
}

const readyAt = (store: AppStore, t: number) =>
  until(store, (s) => s.lossReadout.status === "ready" && s.lossReadout.readout?.t === t);

describe("the loss slice", () => {
  let dispose: (() => void) | undefined;
  afterEach(() => dispose?.());

  it("reads the losses at the current t, and again when t changes", async () => {
    const made = countingStore("exact");
    dispose = made.dispose;
    const first = await readyAt(made.store, 20);
    expect(first.lossReadout.readout?.noiseMse).toBeGreaterThan(0);
    made.store.getState().update((s) => ({ ...s, t: 35 }));
    const second = await readyAt(made.store, 35);
    expect(second.lossReadout.readout?.noiseMse).not.toBe(first.lossReadout.readout?.noiseMse);
  });

  it("collapses a burst of t changes into a few computations ending at the newest t", async () => {
    const made = countingStore("exact");
    dispose = made.dispose;
    await readyAt(made.store, 20);
    const before = made.counts.lossReadout;
    for (let t = 1; t <= 30; t++) made.store.getState().update((s) => ({ ...s, t }));
    const last = await readyAt(made.store, 30);
    expect(last.lossReadout.readout?.t).toBe(30);
    expect(made.counts.lossReadout - before).toBeLessThanOrEqual(3);
  });

  it("skips the timing while t plays, keeping the last timings, and times again once playback stops", async () => {
    const made = countingStore("exact");
    dispose = made.dispose;
    const timed = (await readyAt(made.store, 20)).lossReadout.readout;
    expect(timed?.meanLossMicros).toBeGreaterThan(0);
    made.store.getState().setPlaying(true);
    made.store.getState().update((s) => ({ ...s, t: 30 }));
    const playing = (await readyAt(made.store, 30)).lossReadout.readout;
    expect(playing?.meanLossMicros).toBe(timed?.meanLossMicros);
    expect(playing?.noiseLossMicros).toBe(timed?.noiseLossMicros);
    const before = made.counts.lossReadout;
    made.store.getState().setPlaying(false);
    await until(made.store, (s) => s.lossReadout.readout?.meanLossMicros !== timed?.meanLossMicros);
    expect(made.counts.lossReadout).toBeGreaterThan(before);
  });

  it("waits for a trained MLP, then reads its losses", async () => {
    const made = countingStore("mlp");
    dispose = made.dispose;
    const waiting = made.store.getState().lossReadout;
    expect(waiting.status).toBe("waiting");
    expect(waiting.waitingFor).toContain("train the MLP");
    // Even while t plays, the first readout is timed, so there are timings to keep.
    made.store.getState().setPlaying(true);
    await made.store.getState().train(20);
    const read = await readyAt(made.store, 20);
    expect(Number.isFinite(read.lossReadout.readout?.noiseMse)).toBe(true);
    expect(read.lossReadout.readout?.meanLossMicros).toBeGreaterThan(0);
  });
});

describe("the calculator slice", () => {
  let dispose: (() => void) | undefined;
  afterEach(() => dispose?.());

  it("evaluates textbook problems on the worker and returns bad inputs as messages", async () => {
    const made = countingStore("exact");
    dispose = made.dispose;
    const { calculate } = made.store.getState();
    const example = await calculate((run) => run("diffusionLoss", [[1], 1, 0.1, 0.2, 5, [1], [0.9]]));
    expect(example.status).toBe("ok");
    if (example.status === "ok") expect(example.value).toBeCloseTo(0.0011, 4);
    const bad = await calculate((run) => run("diffusionLoss", [[1], 9, 0.1, 0.2, 5, [1], [0.9]]));
    expect(bad).toEqual({ status: "error", message: expect.stringContaining("1..5") });
    expect(made.store.getState().fault).toBeNull();
  });

  it("drops an older calculation that a newer one overtook", async () => {
    const made = countingStore("exact");
    dispose = made.dispose;
    const { calculate } = made.store.getState();
    const older = calculate((run) => run("meanLoss", [[1], [0], 0.5]));
    const newer = calculate((run) => run("meanLoss", [[2], [0], 0.5]));
    expect(await older).toEqual({ status: "stale" });
    expect(await newer).toEqual({ status: "ok", value: 4 });
  });
});
