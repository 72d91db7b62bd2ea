/**
 * DDPM timesteps run t = 1..T (Ho et al. 2020); arrays are 0-based, so β_t lives at `betas[t - 1]`.
 * Mixing the two is the classic diffusion bug, so a 1-based timestep gets its own branded type: a plain
 * number (an array index) does not type-check where a Timestep is expected.
 */
export type Timestep = number & { readonly __brand: "timestep" };

/** Checks that t is an integer in 1..T and brands it. */
export function timestep(t: number, T: number): Timestep {
  if (!Number.isInteger(t) || t < 1 || t > T) {
    throw new RangeError(`timestep t must be an integer in 1..${T}, got ${t}`);
  }
  return t as Timestep;
}

/** The array position of timestep t. */
export function index(t: Timestep): number {
  return t - 1;
}
