import type { Rng } from "../rng";
import DINO from "./datasaurus-dino.json";

/**
 * 2D toy data sets, each scaled to roughly [−4, 4]², written into a flat (x, y, x, y, …) array.
 * Shapes follow the usual diffusion toys (scikit-learn's make_moons and make_swiss_roll, the 8 Gaussians
 * of the GAN literature, tiny-diffusion's dino).
 */

/** The built-in 2D data sets. */
export const POINT_CLOUDS = [
  "moons",
  "swiss_roll",
  "gaussians8",
  "circle",
  "checkerboard",
  "single_point",
  "dino",
] as const;
export type PointCloudName = (typeof POINT_CLOUDS)[number];

/** Spread of the Gaussian jitter added to the otherwise exact shapes. */
const MOONS_NOISE = 0.1;
const SWISS_NOISE = 0.12;
const CIRCLE_NOISE = 0.08;
const GAUSSIANS_STD = 0.25;
const GAUSSIANS_RADIUS = 3;
const CIRCLE_RADIUS = 3;
const DINO_JITTER = 0.15;
/** Where the single-point data set sits: off-centre, so sampling visibly has to travel. */
const SINGLE_POINT = [1.5, -1] as const;

type Generator = (rng: Rng, out: Float32Array) => void;

/** Writes point i as (x, y). */
const put = (out: Float32Array, i: number, x: number, y: number) => {
  out[2 * i] = x;
  out[2 * i + 1] = y;
};

const GENERATORS = {
  /** Two interleaving half circles (make_moons), centred and doubled in size. */
  moons(rng, out) {
    for (let i = 0; i < out.length / 2; i++) {
      const angle = Math.PI * rng.uniform();
      const [x, y] =
        i % 2 ? [1 - Math.cos(angle), 0.5 - Math.sin(angle)] : [Math.cos(angle), Math.sin(angle)];
      put(out, i, 2 * (x - 0.5 + MOONS_NOISE * rng.normal()), 2 * (y - 0.25 + MOONS_NOISE * rng.normal()));
    }
  },
  /** The 2D swiss roll: radius grows with angle over 1.5π..4.5π. */
  swiss_roll(rng, out) {
    const scale = 4 / (4.5 * Math.PI);
    for (let i = 0; i < out.length / 2; i++) {
      const angle = 1.5 * Math.PI * (1 + 2 * rng.uniform());
      put(
        out,
        i,
        scale * angle * Math.cos(angle) + SWISS_NOISE * rng.normal(),
        scale * angle * Math.sin(angle) + SWISS_NOISE * rng.normal(),
      );
    }
  },
  /** Eight Gaussians evenly spaced on a circle. */
  gaussians8(rng, out) {
    for (let i = 0; i < out.length / 2; i++) {
      const angle = (rng.int(8) * Math.PI) / 4;
      put(
        out,
        i,
        GAUSSIANS_RADIUS * Math.cos(angle) + GAUSSIANS_STD * rng.normal(),
        GAUSSIANS_RADIUS * Math.sin(angle) + GAUSSIANS_STD * rng.normal(),
      );
    }
  },
  /** A thin ring. */
  circle(rng, out) {
    for (let i = 0; i < out.length / 2; i++) {
      const angle = 2 * Math.PI * rng.uniform();
      const r = CIRCLE_RADIUS + CIRCLE_NOISE * rng.normal();
      put(out, i, r * Math.cos(angle), r * Math.sin(angle));
    }
  },
  /** Uniform on the dark squares of a 4×4 board over [−4, 4]². */
  checkerboard(rng, out) {
    for (let i = 0; i < out.length / 2; i++) {
      const col = rng.int(4);
      const row = 2 * rng.int(2) + ((col + 1) % 2);
      put(out, i, -4 + 2 * (col + rng.uniform()), -4 + 2 * (row + rng.uniform()));
    }
  },
  /** Every point at one place: the simplest data set, and the one the exact denoiser solves trivially. */
  single_point(_rng, out) {
    for (let i = 0; i < out.length / 2; i++) put(out, i, SINGLE_POINT[0], SINGLE_POINT[1]);
  },
  /** The Datasaurus dino, normalised as x ← (x/54 − 1)·4, y ← (y/48 − 1)·4, resampled with jitter. */
  dino(rng, out) {
    for (let i = 0; i < out.length / 2; i++) {
      const [x, y] = DINO[rng.int(DINO.length)] as [number, number];
      put(
        out,
        i,
        (x / 54 - 1) * 4 + DINO_JITTER * rng.normal(),
        (y / 48 - 1) * 4 + DINO_JITTER * rng.normal(),
      );
    }
  },
} satisfies Record<PointCloudName, Generator>;

/** n points of the named data set, drawn with `rng`. */
export function pointCloud(name: PointCloudName, n: number, rng: Rng): Float32Array {
  const generate: Generator | undefined = GENERATORS[name];
  if (!generate) throw new Error(`unknown data set: ${name}`);
  const out = new Float32Array(2 * n);
  generate(rng, out);
  return out;
}
