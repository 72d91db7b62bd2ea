/**
 * Slider stops on a log scale: a range input moves between these values, so one thumb step is a readable
 * change at every magnitude (1e-4 → 1.1e-4, 200 → 220) and round values such as 5e-4, 0.02 and 1000 are
 * exact stops. 0 may be the first stop, which a plain log slider cannot reach (β = 0 is a lesson).
 */

/** Mantissas of each decade: close enough together to steer, all short to write in a link. */
const MANTISSAS = [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2, 2.2, 2.5, 2.8, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9];
/** Whole-number stops include every integer up to here (T = 3 and T = 4 are both homework). */
const ALL_INTEGERS_UP_TO = 20;

export interface StopOptions {
  /** Starts the stops with 0. */
  readonly zero?: boolean;
  /** Only whole numbers. */
  readonly integer?: boolean;
}

/** The stops from min to max (both included, min > 0), ascending, each once. */
export function logStops(
  min: number,
  max: number,
  { zero = false, integer = false }: StopOptions = {},
): number[] {
  const stops = new Set<number>(zero ? [0, min] : [min]);
  if (integer) for (let n = Math.ceil(min); n <= Math.min(max, ALL_INTEGERS_UP_TO); n++) stops.add(n);
  for (let exponent = Math.floor(Math.log10(min)); 10 ** exponent <= max; exponent++) {
    for (const m of MANTISSAS) {
      // toPrecision removes the float noise of m · 10^e (1.1e-4, not 1.1000000000000002e-4).
      const x = Number((m * 10 ** exponent).toPrecision(3));
      if (x >= min && x <= max && (!integer || Number.isInteger(x))) stops.add(x);
    }
  }
  stops.add(max);
  return [...stops].sort((a, b) => a - b);
}

/**
 * The index of the stop nearest to `value`, by ratio (1.04e-4 goes to 1e-4, not to 1.1e-4 or 0). A stop
 * of 0 is nearest only to values below half the smallest positive stop.
 */
export function nearestStop(stops: readonly number[], value: number): number {
  const firstPositive = stops.findIndex((stop) => stop > 0);
  if (firstPositive < 0) return 0;
  if (value < (stops[firstPositive] as number) / 2) return firstPositive > 0 ? 0 : firstPositive;
  let best = firstPositive;
  for (let i = firstPositive; i < stops.length; i++) {
    const distance = (stop: number) => Math.abs(Math.log(stop / value));
    if (distance(stops[i] as number) < distance(stops[best] as number)) best = i;
  }
  return best;
}
