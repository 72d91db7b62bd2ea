/**
 * An animation of a canvas as a WebM video, encoded by the browser itself (no encoder shipped): through
 * WebCodecs where the browser has it (every frame kept, exactly 1/fps apart, as fast as the machine
 * encodes), else through MediaRecorder (in real time; a busy machine drops frames). The caller draws each
 * frame; progress comes after each frame, and a cancel is honoured between frames.
 */
import { mediaRecorderType, recordWithMediaRecorder } from "./media-recorder";
import { encodeWithWebCodecs, webCodecsCodec } from "./video-encoder";

export interface VideoOptions {
  /** Draws frame `index` (0-based) onto the canvas. */
  readonly drawFrame: (index: number) => void;
  readonly frameCount: number;
  readonly fps: number;
  /** Called after each frame with the share done, 0..1, and the frame's index. */
  readonly onProgress: (done: number, index: number) => void;
  readonly signal: AbortSignal;
}

/** Why there is no video, in words, for a browser that encodes none. */
export const NO_VIDEO_ENCODER =
  "this browser cannot make videos: it has neither WebCodecs nor a MediaRecorder that writes WebM " +
  "(current Chrome, Edge and Firefox have both)";

/** Records the frames; resolves the video, or null when cancelled. */
export async function recordVideo(canvas: HTMLCanvasElement, options: VideoOptions): Promise<Blob | null> {
  const codec = await webCodecsCodec(canvas.width, canvas.height, options.fps);
  if (codec) return encodeWithWebCodecs(canvas, codec, options);
  const type = mediaRecorderType();
  if (type) return recordWithMediaRecorder(canvas, type, options);
  throw new Error(NO_VIDEO_ENCODER);
}
