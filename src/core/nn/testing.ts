import { makeRng } from "../rng";

/** Test support: a seeded uniform source in the shape `Mlp` takes, from the product's own generators. */
export function seededUniform(seed: number): () => number {
  const rng = makeRng(seed, "nn-test");
  return () => rng.uniform();
}

/** n uniform values in [lo, hi) from `random`. */
export function uniformArray(random: () => number, n: number, lo: number, hi: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * random();
  return out;
}
