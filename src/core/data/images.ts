import type { Rng } from "../rng";

/** The largest single-dot image side the product offers (16×16 = 256 values per sample). */
export const MAX_IMAGE_SIZE = 16;
/** The homework's image: 3×3 with a 1 in the centre. */
export const HOMEWORK_IMAGE_SIZE = 3;

/**
 * n single-dot images of size×size, flattened row by row, one image per row: 1 at the dot, 0 elsewhere.
 * The homework's 3×3 set has its dot in the centre of every copy; larger images put the dot at a random
 * pixel per sample, so the data have size² modes and the denoiser must choose one.
 */
export function singleDotImages(size: number, n: number, rng: Rng): Float32Array {
  if (!Number.isInteger(size) || size < 1 || size > MAX_IMAGE_SIZE) {
    throw new RangeError(`image size must be a whole number from 1 to ${MAX_IMAGE_SIZE}, got ${size}`);
  }
  const pixels = size * size;
  const out = new Float32Array(n * pixels);
  const centre = Math.floor(pixels / 2);
  for (let i = 0; i < n; i++) {
    const dot = size === HOMEWORK_IMAGE_SIZE ? centre : rng.int(pixels);
    out[i * pixels + dot] = 1;
  }
  return out;
}
