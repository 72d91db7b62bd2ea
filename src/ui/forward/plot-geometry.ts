/**
 * The point plot's fixed geometry: one domain for both axes (the data sets live in about [−4, 4]², and
 * N(0, I) stays within ±4 but for 1 point in 16 000), which points are followed by trails, and how big
 * points are drawn for a given count.
 */

/** Both axes show [−DOMAIN, DOMAIN]: the same extent the drawing pad and the drawn-point encoding use. */
export const DOMAIN = 4.5;

/** How many points leave trails. */
export const TRAIL_POINTS = 5;
/** A trail covers this fraction of T behind the current t (at least one step). */
export const TRAIL_FRACTION = 0.15;
/** At most this many positions per trail. */
export const TRAIL_SAMPLES = 48;

/**
 * Which samples leave trails: spread over the index range by the golden ratio, plus j so that neighbours
 * in the list differ in parity too (the two moons take turns by index, so both get trails).
 */
export function trailIndices(n: number, count = TRAIL_POINTS): number[] {
  const chosen: number[] = [];
  for (let j = 0; chosen.length < Math.min(count, n); j++) {
    const index = (Math.floor(((j * 0.6180339887 + 0.1) % 1) * n) + j) % n;
    if (!chosen.includes(index)) chosen.push(index);
  }
  return chosen;
}

/**
 * The timesteps of a trail ending at t, oldest first, written into `out` (its length is the most samples
 * kept); returns how many were written. Trails reach back to 0 (the clean data) near the start.
 */
export function trailSteps(t: number, T: number, out: Int32Array): number {
  const window = Math.max(1, Math.ceil(T * TRAIL_FRACTION));
  const start = Math.max(0, t - window);
  const count = Math.min(out.length, t - start + 1);
  if (count === 1) {
    out[0] = t;
    return 1;
  }
  for (let j = 0; j < count; j++) out[j] = Math.round(start + (j * (t - start)) / (count - 1));
  return count;
}

/** Point radius (CSS px) and opacity by count: few points big and solid, 10 000 small and see-through. */
export function pointStyle(n: number): { readonly radius: number; readonly alpha: number } {
  if (n <= 200) return { radius: 3, alpha: 0.95 };
  if (n <= 3000) return { radius: 1.8, alpha: 0.75 };
  return { radius: 1.3, alpha: 0.55 };
}
