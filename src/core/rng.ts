import seedrandom from "seedrandom";
import type { FloatArray } from "./arrays";

/**
 * Every random number in the product comes from a generator derived from (seed, purpose), so changing
 * one panel's purpose-stream never reshuffles another's, and the same URL gives the same pixels.
 * Alea (from seedrandom) is fast and has a good enough period for visualisation.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

const TWO_PI = 2 * Math.PI;

/** A generator for one purpose ("forward-noise", "data", "init", …) under one user-visible seed. */
export function makeRng(seed: number, purpose: string): Rng {
  const next = seedrandom.alea(`${seed}/${purpose}`);
  // Box–Muller yields normals in pairs; the second one is kept for the next call.
  let spare: number | null = null;
  return {
    uniform: () => next(),
    int: (n) => Math.floor(next() * n),
    normal() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      const u1 = 1 - next(); // in (0, 1]: log(u1) is finite
      const u2 = next();
      const radius = Math.sqrt(-2 * Math.log(u1));
      spare = radius * Math.sin(TWO_PI * u2);
      return radius * Math.cos(TWO_PI * u2);
    },
  };
}

/** Fills `out` with independent N(0, 1) draws and returns it. */
export function fillNormal<A extends FloatArray>(rng: Rng, out: A): A {
  for (let i = 0; i < out.length; i++) out[i] = rng.normal();
  return out;
}
