/**
 * Video through WebCodecs: each drawn frame is encoded with its exact time (frame i at i / fps), so the
 * video keeps every frame whatever the machine's speed, and the frames are put into a WebM file by the
 * webm-muxer package, loaded only when a video is made. Encoding runs as fast as the encoder allows, a few
 * frames queued at most.
 */
import type { VideoOptions } from "./video";

/** A codec the encoder takes, with its Matroska codec ID. */
export interface VideoCodec {
  readonly codec: string;
  readonly codecId: string;
}

/** VP8 first (quick to encode, plays everywhere WebM plays), then VP9. */
const CODECS: readonly VideoCodec[] = [
  { codec: "vp8", codecId: "V_VP8" },
  { codec: "vp09.00.10.08", codecId: "V_VP9" },
];

/** Frames waiting in the encoder before drawing the next one waits. */
const MAX_QUEUE = 3;
/** A key frame every this many seconds, so players can seek. */
const KEY_EVERY_SECONDS = 2;
const BITRATE = 4_000_000;

const configFor = (codec: VideoCodec, width: number, height: number, fps: number): VideoEncoderConfig => ({
  codec: codec.codec,
  width,
  height,
  bitrate: BITRATE,
  framerate: fps,
});

/** The first codec this browser encodes at this size, or null without WebCodecs (or without either codec). */
export async function webCodecsCodec(width: number, height: number, fps: number): Promise<VideoCodec | null> {
  if (typeof VideoEncoder === "undefined" || typeof VideoFrame === "undefined") return null;
  for (const codec of CODECS) {
    const support = await VideoEncoder.isConfigSupported(configFor(codec, width, height, fps)).catch(
      () => null,
    );
    if (support?.supported) return codec;
  }
  return null;
}

/** Encodes the frames; resolves the video, or null when cancelled. */
export async function encodeWithWebCodecs(
  canvas: HTMLCanvasElement,
  codec: VideoCodec,
  options: VideoOptions,
): Promise<Blob | null> {
  const { Muxer, ArrayBufferTarget } = await import("webm-muxer");
  const { width, height } = canvas;
  const muxer = new Muxer({
    target: new ArrayBufferTarget(),
    video: { codec: codec.codecId, width, height, frameRate: options.fps },
  });
  let failure: unknown = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => {
      try {
        muxer.addVideoChunk(chunk, meta);
      } catch (error) {
        failure ??= error;
      }
    },
    error: (error) => (failure ??= error),
  });
  encoder.configure(configFor(codec, width, height, options.fps));
  const frameMicros = 1e6 / options.fps;
  try {
    for (let i = 0; i < options.frameCount && !options.signal.aborted; i++) {
      if (failure) throw failure;
      options.drawFrame(i);
      const frame = new VideoFrame(canvas, { timestamp: Math.round(i * frameMicros), duration: frameMicros });
      encoder.encode(frame, { keyFrame: i % Math.round(KEY_EVERY_SECONDS * options.fps) === 0 });
      frame.close();
      options.onProgress((i + 1) / options.frameCount, i);
      while (encoder.encodeQueueSize > MAX_QUEUE) {
        await new Promise((resolve) => encoder.addEventListener("dequeue", resolve, { once: true }));
      }
      // A turn of the event loop per frame: the progress bar paints and Cancel is heard.
      await new Promise((resolve) => setTimeout(resolve));
    }
    if (options.signal.aborted) return null;
    await encoder.flush();
    if (failure) throw failure;
  } finally {
    if (encoder.state !== "closed") encoder.close();
  }
  muxer.finalize();
  return new Blob([muxer.target.buffer], { type: "video/webm" });
}
