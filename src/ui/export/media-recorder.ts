/**
 * Video through MediaRecorder, for browsers without WebCodecs: each frame is handed to the recorder as it
 * is drawn (a capture stream with no frame rate of its own), paced in real time at `fps`. The recorder
 * stamps frames with the time they arrive, so n frames make n / fps seconds of video, but an encoder that
 * cannot keep up drops frames: a busy machine makes a jerkier video.
 */
import type { VideoOptions } from "./video";

/** The first WebM type this browser's MediaRecorder supports (VP8 first: it encodes fastest), or null. */
export function mediaRecorderType(): string | null {
  if (typeof MediaRecorder === "undefined") return null;
  return (
    ["video/webm;codecs=vp8", "video/webm;codecs=vp9", "video/webm"].find((t) =>
      MediaRecorder.isTypeSupported(t),
    ) ?? null
  );
}

const pauseUntil = (time: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, time - performance.now())));

/** Records the frames in real time; resolves the video, or null when cancelled. */
export async function recordWithMediaRecorder(
  canvas: HTMLCanvasElement,
  mimeType: string,
  options: VideoOptions,
): Promise<Blob | null> {
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  if (!track) throw new Error("this browser cannot capture the picture as video");
  const recorder = new MediaRecorder(stream, { mimeType });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => recorder.addEventListener("stop", () => resolve()));
  recorder.start();
  const frameMs = 1000 / options.fps;
  // Frames are due on a fixed schedule, so a slow frame does not delay all the later ones.
  const start = performance.now();
  for (let i = 0; i < options.frameCount && !options.signal.aborted; i++) {
    options.drawFrame(i);
    track.requestFrame();
    options.onProgress((i + 1) / options.frameCount, i);
    await pauseUntil(start + (i + 1) * frameMs);
  }
  recorder.stop();
  stream.getTracks().forEach((t) => t.stop());
  await stopped;
  return options.signal.aborted ? null : new Blob(chunks, { type: mimeType });
}
