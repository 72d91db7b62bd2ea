import { proxy } from "comlink";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DELIBERATE_FAILURE } from "./api";
import { createCoreClient, WORKER_DIED, type CoreClient } from "./client";
import type { SampleProgress } from "./sample";
import { inThreadWorkers, SMALL_SAMPLE_REQUEST } from "./testing";

const request = SMALL_SAMPLE_REQUEST;

describe("createCoreClient", () => {
  let client: CoreClient | undefined;
  afterEach(() => client?.terminate());

  it("delivers the newest call of a kind and drops the older one as stale", async () => {
    client = createCoreClient(inThreadWorkers().make);
    const progress: SampleProgress[] = [];
    const onProgress = proxy((p: SampleProgress) => progress.push(p));
    const older = client.call("sample", (api) => api.sample(request));
    const newer = client.call("sample", (api) => api.sample(request, onProgress));
    expect(await older).toEqual({ status: "stale" });
    const result = await newer;
    if (result.status !== "ok" || result.value.status !== "done") throw new Error("no fresh result");
    expect(result.value.value.trajectory.timesteps.at(-1)).toBe(0);
    // Progress comes through its own channel, so the last reports may arrive after the result.
    await vi.waitFor(() => expect(progress.length).toBeGreaterThan(0));
    expect(progress.every((p) => p.total === 40 && p.done <= 40)).toBe(true);
  });

  it("turns a thrown error into a failure whose retry works, on the same worker", async () => {
    const workers = inThreadWorkers();
    client = createCoreClient(workers.make);
    await client.api.failNextForTesting("sample");
    const failed = await client.call("sample", (api) => api.sample(request));
    if (failed.status !== "error") throw new Error("the call did not fail");
    expect(failed.message).toContain(DELIBERATE_FAILURE);
    expect((await failed.retry()).status).toBe("ok");
    const next = await client.call("calculator", (api) =>
      api.calculator("diffusionLoss", [[1], 1, 0.1, 0.2, 5, [1], [0.9]]),
    );
    if (next.status !== "ok") throw new Error("the call after a failure failed");
    expect(next.value).toBeCloseTo(0.0011, 4);
    expect(workers.made.length).toBe(1);
  });

  it("reports a superseded call that fails as stale, and lets a long call run on (found by review)", async () => {
    client = createCoreClient(inThreadWorkers().make);
    const running = client.call("calculator", (api) =>
      api.calculator("diffusionLoss", [[1], 1, 0.1, 0.2, 5, [1], [0.9]]),
    );
    await client.api.failNextForTesting("sample");
    const older = client.call("sample", (api) => api.sample(request));
    const newer = client.call("sample", (api) => api.sample(request));
    expect((await older).status).toBe("stale");
    expect((await newer).status).toBe("ok");
    expect((await running).status).toBe("ok");
  });

  it("fails pending calls when the worker dies, and retries on a new worker", async () => {
    const workers = inThreadWorkers();
    client = createCoreClient(workers.make);
    const pending = client.call("sample", (api) =>
      api.sample({ ...request, sampler: { ...request.sampler } }),
    );
    workers.made[0]?.dispatchEvent(new Event("error"));
    const failure = await pending;
    expect(failure).toMatchObject({ status: "error", message: WORKER_DIED });
    // The next call (here the retry) runs on a new worker.
    if (failure.status !== "error") throw new Error("the call did not fail");
    expect((await failure.retry()).status).toBe("ok");
    expect(workers.made.length).toBe(2);
  });
});
