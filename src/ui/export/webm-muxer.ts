/**
 * A WebM file from encoded video frames (what WebCodecs' VideoEncoder gives): the EBML header, then one
 * Segment with Info (timestamps in ms, the duration), one video track, and Clusters of SimpleBlocks, a new
 * Cluster at each key frame. Element IDs and layout from the Matroska specification (RFC 9559) and the WebM
 * profile; everything is known up front, so every size is written exactly (no "unknown size").
 */

/** One encoded frame. */
export interface EncodedFrame {
  readonly data: Uint8Array;
  /** When it is shown, in ms from the start. */
  readonly timeMs: number;
  readonly key: boolean;
}

export interface WebmVideo {
  readonly width: number;
  readonly height: number;
  /** The Matroska codec ID: "V_VP8" or "V_VP9". */
  readonly codecId: string;
  readonly frames: readonly EncodedFrame[];
  readonly durationMs: number;
}

const ID = {
  EBML: 0x1a45dfa3,
  EBMLVersion: 0x4286,
  EBMLReadVersion: 0x42f7,
  EBMLMaxIDLength: 0x42f2,
  EBMLMaxSizeLength: 0x42f3,
  DocType: 0x4282,
  DocTypeVersion: 0x4287,
  DocTypeReadVersion: 0x4285,
  Segment: 0x18538067,
  Info: 0x1549a966,
  TimestampScale: 0x2ad7b1,
  MuxingApp: 0x4d80,
  WritingApp: 0x5741,
  Duration: 0x4489,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackNumber: 0xd7,
  TrackUID: 0x73c5,
  TrackType: 0x83,
  FlagLacing: 0x9c,
  CodecID: 0x86,
  Video: 0xe0,
  PixelWidth: 0xb0,
  PixelHeight: 0xba,
  Cluster: 0x1f43b675,
  Timestamp: 0xe7,
  SimpleBlock: 0xa3,
} as const;

/** A SimpleBlock's time is an int16 offset from its Cluster's. */
const MAX_BLOCK_OFFSET_MS = 32767;

type Bytes = Uint8Array;

function concat(parts: readonly Bytes[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** `value` as `length` big-endian bytes (exact up to 2^53). */
function bigEndian(value: number, length: number): Bytes {
  const out = new Uint8Array(length);
  for (let i = length - 1, rest = value; i >= 0; i--, rest = Math.floor(rest / 256)) out[i] = rest % 256;
  return out;
}

/** An element's data size as an EBML variable-length integer, in the fewest bytes (all ones is reserved). */
export function sizeVint(size: number): Bytes {
  for (let length = 1; length <= 8; length++) {
    const room = 2 ** (7 * length);
    if (size < room - 1) return bigEndian(room + size, length);
  }
  throw new RangeError(`an EBML size of ${size} bytes is too large`);
}

/** An element ID's own bytes (IDs carry their length marker already). */
const idBytes = (id: number): Bytes => bigEndian(id, Math.max(1, Math.ceil(Math.log2(id + 1) / 8)));

function element(id: number, body: Bytes | readonly Bytes[]): Bytes {
  const data = body instanceof Uint8Array ? body : concat(body);
  return concat([idBytes(id), sizeVint(data.length), data]);
}

const uint = (id: number, value: number): Bytes =>
  element(id, bigEndian(value, Math.max(1, Math.ceil(Math.log2(value + 1) / 8))));
const text = (id: number, value: string): Bytes => element(id, new TextEncoder().encode(value));

function float(id: number, value: number): Bytes {
  const data = new Uint8Array(8);
  new DataView(data.buffer).setFloat64(0, value);
  return element(id, data);
}

function simpleBlock(frame: EncodedFrame, clusterMs: number): Bytes {
  const header = new Uint8Array(4);
  header[0] = 0x81; // track 1, as a one-byte vint
  new DataView(header.buffer).setInt16(1, Math.round(frame.timeMs) - clusterMs);
  header[3] = frame.key ? 0x80 : 0;
  return element(ID.SimpleBlock, [header, frame.data]);
}

/** Groups the frames into Clusters: a new one at each key frame, or when the offset would overflow. */
function clusters(frames: readonly EncodedFrame[]): Bytes[] {
  const out: Bytes[] = [];
  let start = 0;
  let blocks: Bytes[] = [];
  const close = (): void => {
    if (blocks.length > 0) out.push(element(ID.Cluster, [uint(ID.Timestamp, start), ...blocks]));
    blocks = [];
  };
  for (const frame of frames) {
    const time = Math.round(frame.timeMs);
    if (blocks.length === 0 || frame.key || time - start > MAX_BLOCK_OFFSET_MS) {
      close();
      start = time;
    }
    blocks.push(simpleBlock(frame, start));
  }
  close();
  return out;
}

/** The whole file. */
export function muxWebm(video: WebmVideo): Uint8Array<ArrayBuffer> {
  const header = element(ID.EBML, [
    uint(ID.EBMLVersion, 1),
    uint(ID.EBMLReadVersion, 1),
    uint(ID.EBMLMaxIDLength, 4),
    uint(ID.EBMLMaxSizeLength, 8),
    text(ID.DocType, "webm"),
    uint(ID.DocTypeVersion, 2),
    uint(ID.DocTypeReadVersion, 2),
  ]);
  const info = element(ID.Info, [
    uint(ID.TimestampScale, 1_000_000),
    text(ID.MuxingApp, "Diffusion Playground"),
    text(ID.WritingApp, "Diffusion Playground"),
    float(ID.Duration, video.durationMs),
  ]);
  const track = element(ID.TrackEntry, [
    uint(ID.TrackNumber, 1),
    uint(ID.TrackUID, 1),
    uint(ID.TrackType, 1),
    uint(ID.FlagLacing, 0),
    text(ID.CodecID, video.codecId),
    element(ID.Video, [uint(ID.PixelWidth, video.width), uint(ID.PixelHeight, video.height)]),
  ]);
  const segment = element(ID.Segment, [info, element(ID.Tracks, track), ...clusters(video.frames)]);
  return concat([header, segment]);
}
