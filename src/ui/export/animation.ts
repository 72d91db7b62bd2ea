/**
 * Animated exports of the forward and reverse processes. The panel's own canvas does the drawing: each
 * picture is put on show through the store (t, or the reverse run's frame), which redraws the canvas at
 * once through its subscription, and the compositor copies it with its axes into the video frame.
 */
import { animationPlan } from "./animation-plan";
import { createCompositor, layersOf } from "./compositor";
import { pageBackground } from "./svg-document";
import type { ExportFile, ExportJob } from "./types";
import { recordVideo } from "./video";

/** Video frames are this many pixels wide, and hold at most VIDEO_PIXELS: sharp on a slide, quick to encode. */
export const VIDEO_WIDTH = 960;
export const VIDEO_PIXELS = 800 * 800;
export const VIDEO_FPS = 30;

/** What an animation shows, one picture after another. */
export interface AnimationSource {
  /** The pictures in order (t = 1..T, or the reverse run's frames). */
  readonly count: number;
  /** Seconds one pass takes in the panel's own playback; the video keeps that pace. */
  readonly seconds: number;
  readonly fileName: string;
  /** Puts picture `index` on the panel's canvas. */
  show(index: number): void;
  /** What picture `index` is, in words ("Forward process: t = 5 of 200"). */
  caption(index: number): string;
  /** Puts back what was on show before, and resumes playback if it ran. */
  restore(): void;
}

/** Records the panel's canvas as it shows each picture; null when cancelled. */
export async function recordAnimation(source: AnimationSource, job: ExportJob): Promise<ExportFile | null> {
  const plan = animationPlan(source.count, {
    fps: VIDEO_FPS,
    seconds: source.seconds,
    startHold: 0.5,
    endHold: 1.5,
  });
  try {
    const canvas = job.panel.querySelector<HTMLCanvasElement>("canvas[aria-label]");
    if (!canvas) throw new Error("this panel shows no picture to animate");
    source.show(plan[0] ?? 0);
    const compositor = await createCompositor(canvas, layersOf(canvas), {
      width: VIDEO_WIDTH,
      maxPixels: VIDEO_PIXELS,
      background: pageBackground(),
      caption: true,
      evenHeight: true,
      smoothing: "low",
    });
    const captionOf = (frame: number) => source.caption(plan[frame] ?? 0);
    const blob = await recordVideo(compositor.target, {
      frameCount: plan.length,
      fps: VIDEO_FPS,
      signal: job.signal,
      drawFrame: (frame) => {
        source.show(plan[frame] ?? 0);
        compositor.draw(captionOf(frame));
      },
      onProgress: (done, frame) => job.onProgress(done, captionOf(frame)),
    });
    return blob && { blob, fileName: source.fileName };
  } finally {
    source.restore();
  }
}
