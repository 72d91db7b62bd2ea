/**
 * `run`, one call at a time: calls made while it runs collapse into one rerun (with the newest state,
 * which `run` reads itself), started `pauseMs` after the run before, so scrubbing or playing t never
 * queues work up.
 */
export function coalesced(run: () => Promise<void>, pauseMs = 0): () => Promise<void> {
  let running = false;
  let rerun = false;
  return async () => {
    if (running) {
      rerun = true;
      return;
    }
    running = true;
    try {
      await run();
      while (rerun) {
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        rerun = false;
        await run();
      }
    } finally {
      running = false;
    }
  };
}
