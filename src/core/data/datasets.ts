import { makeRng } from "../rng";
import { HOMEWORK_IMAGE_SIZE, singleDotImages } from "./images";
import { pointCloud, type PointCloudName } from "./point-clouds";

/** What the user picked: a named point cloud, points they drew, or single-dot images. */
export type DatasetSpec =
  | { kind: "points"; name: PointCloudName; n: number }
  | { kind: "drawn"; points: readonly number[] }
  | { kind: "image"; size: number; n: number };

/** N rows of `dim` values, flat and row-major. */
export interface Dataset {
  readonly dim: number;
  readonly n: number;
  readonly data: Float32Array;
  /** The side of each image, for image data sets (dim = imageSize²). */
  readonly imageSize?: number;
}

/** The homework's data: 100 copies of the 3×3 single-dot image. */
export const HOMEWORK_IMAGES: DatasetSpec = { kind: "image", size: HOMEWORK_IMAGE_SIZE, n: 100 };

/**
 * Builds a data set. `purpose` separates independent draws of the same distribution: "data" for training,
 * "held-out" for the quality metric's reference set.
 */
export function makeDataset(spec: DatasetSpec, seed: number, purpose = "data"): Dataset {
  const rng = makeRng(seed, purpose);
  switch (spec.kind) {
    case "points":
      return { dim: 2, n: spec.n, data: pointCloud(spec.name, spec.n, rng) };
    case "drawn":
      if (spec.points.length % 2 !== 0) throw new RangeError("drawn points must come as (x, y) pairs");
      return { dim: 2, n: spec.points.length / 2, data: Float32Array.from(spec.points) };
    case "image":
      return {
        dim: spec.size * spec.size,
        n: spec.n,
        data: singleDotImages(spec.size, spec.n, rng),
        imageSize: spec.size,
      };
  }
}
