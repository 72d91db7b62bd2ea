/** Timing helpers for the benchmark: run a body repeatedly for a while and report the rate. */

/** Runs `body` for `warmup` calls, then for at least `seconds`; returns calls per second. */
export function callsPerSecond(body: () => void, seconds: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) body();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    body();
    calls++;
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}

/** Wall-clock seconds that `body` takes. */
export function secondsFor(body: () => void): number {
  const start = performance.now();
  body();
  return (performance.now() - start) / 1000;
}
