import { describe, expect, it } from "vitest";
import { JobRunner, type JobContext } from "./jobs";

/** A job that counts steps forever (or to `limit`), reporting the count after every chunk. */
const counting =
  (progress: number[], limit = Infinity) =>
  async (job: JobContext): Promise<number> => {
    let steps = 0;
    await job.loop(
      () => ++steps >= limit,
      () => progress.push(steps),
    );
    return steps;
  };

const untilFirstChunk = (progress: number[]): Promise<void> =>
  new Promise((resolve) => {
    const poll = () => (progress.length > 0 ? resolve() : setTimeout(poll, 1));
    poll();
  });

describe("JobRunner", () => {
  it("aborts the older job of a kind when a newer one starts, with no progress after the abort", async () => {
    const runner = new JobRunner();
    const older: number[] = [];
    const first = runner.run("train", counting(older));
    await untilFirstChunk(older);
    const second = runner.run("train", counting([], 1000));
    const reportsAtAbort = older.length;
    const [a, b] = await Promise.all([first, second]);
    if (a.status !== "cancelled") throw new Error("the older job was not cancelled");
    expect(older.length).toBe(reportsAtAbort);
    expect(a.partial).toBe(older.at(-1));
    expect(b).toMatchObject({ status: "done", value: 1000 });
    expect(b.id).toBeGreaterThan(a.id);
  });

  it("runs different kinds independently", async () => {
    const runner = new JobRunner();
    const [train, sample] = await Promise.all([
      runner.run("train", counting([], 500)),
      runner.run("sample", counting([], 700)),
    ]);
    expect(train).toMatchObject({ status: "done", value: 500 });
    expect(sample).toMatchObject({ status: "done", value: 700 });
  });

  it("stops a job on cancel(kind) within one chunk", async () => {
    const runner = new JobRunner();
    const progress: number[] = [];
    const job = runner.run("forward", counting(progress));
    await untilFirstChunk(progress);
    runner.cancel("forward");
    const outcome = await job;
    expect(outcome).toMatchObject({ status: "cancelled", partial: progress.at(-1) });
  });

  it("rejects with the job's error, which is not a cancel", async () => {
    const runner = new JobRunner();
    const failing = runner.run("sample", () => {
      throw new RangeError("bad request");
    });
    await expect(failing).rejects.toThrow(RangeError);
    // The runner is still usable after an error.
    await expect(runner.run("sample", () => 1)).resolves.toMatchObject({ status: "done", value: 1 });
  });
});
