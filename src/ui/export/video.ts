/**
 * An animation of a canvas as WebM, through the browser's own MediaRecorder (no encoder shipped). The
 * caller draws each frame; the recorder captures the canvas in real time at `fps`, so a run of n frames
 * takes n / fps seconds, with progress after each frame and a cancel between frames.
 */

export interface VideoOptions {
  /** Draws frame `index` (0-based) onto the canvas. */
  readonly drawFrame: (index: number) => void;
  readonly frameCount: number;
  readonly fps: number;
  /** Called after each frame with the share done, 0..1. */
  readonly onProgress: (done: number) => void;
  readonly signal: AbortSignal;
}

/** The first WebM type this browser's MediaRecorder supports, or null when it records no WebM. */
export function webmType(): string | null {
  if (typeof MediaRecorder === "undefined") return null;
  return (
    ["video/webm;codecs=vp9", "video/webm;codecs=vp8", "video/webm"].find((t) =>
      MediaRecorder.isTypeSupported(t),
    ) ?? null
  );
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Records the frames; resolves the video, or null when cancelled. */
export async function recordWebm(canvas: HTMLCanvasElement, options: VideoOptions): Promise<Blob | null> {
  const mimeType = webmType();
  if (!mimeType) throw new Error("this browser cannot record video (no WebM MediaRecorder)");
  const stream = canvas.captureStream(options.fps);
  const recorder = new MediaRecorder(stream, { mimeType });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => recorder.addEventListener("stop", () => resolve()));
  recorder.start();
  const frameMs = 1000 / options.fps;
  for (let i = 0; i < options.frameCount && !options.signal.aborted; i++) {
    options.drawFrame(i);
    options.onProgress((i + 1) / options.frameCount);
    await pause(frameMs);
  }
  recorder.stop();
  stream.getTracks().forEach((track) => track.stop());
  await stopped;
  return options.signal.aborted ? null : new Blob(chunks, { type: mimeType });
}
