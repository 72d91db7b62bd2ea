/**
 * Which picture each frame of an exported animation shows, as a pure function so its pacing is tested in
 * Node. An animation lasts about as long as the panel's own playback whatever the number of pictures:
 * short chains (T = 3) show each step for many frames, long ones (T = 1000) skip evenly between frames.
 * It rests on the first picture briefly and on the last one longer, so both are seen.
 */

export interface AnimationPacing {
  /** Video frames per second. */
  readonly fps: number;
  /** Seconds the pass from the first picture to the last takes. */
  readonly seconds: number;
  /** Seconds the video rests on the first picture, then on the last. */
  readonly startHold: number;
  readonly endHold: number;
}

/** The picture index (0..count−1) of every video frame, in order; empty when there is nothing to show. */
export function animationPlan(count: number, pacing: AnimationPacing): number[] {
  if (count < 1) return [];
  const frames = (seconds: number) => Math.max(0, Math.round(seconds * pacing.fps));
  const moving = Math.max(2, frames(pacing.seconds));
  const pass = Array.from({ length: moving }, (_, k) =>
    count <= moving ? Math.floor((k * count) / moving) : Math.round((k * (count - 1)) / (moving - 1)),
  );
  return [
    ...new Array<number>(frames(pacing.startHold)).fill(0),
    ...pass,
    ...new Array<number>(frames(pacing.endHold)).fill(count - 1),
  ];
}
