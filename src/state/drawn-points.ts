/**
 * Hand-drawn points in a link: coordinates in hundredths, each stored as its change from the previous point
 * on the same axis (neighbouring points of a stroke are close, so most changes fit one byte), zigzag
 * varints, DEFLATE (fflate), base64url. The bytes are varint(count), then Δx_0, Δy_0, Δx_1, Δy_1, …
 */
import { deflateSync, inflateSync } from "fflate";
import { RANGES } from "./settings-schema";

/** The most points a link carries: enough for a drawing, and the exact denoiser stays instant on them. */
export const MAX_DRAWN_POINTS = 2000;
/** The most characters the drawing may take in a link, so links stay shareable in chats and mail. */
export const MAX_DRAW_CHARS = 6000;
/** Coordinates are stored in hundredths: finer than a pixel of the ±4.5 plot at any usual size. */
const STEPS_PER_UNIT = 100;
/** A quantized coordinate may not exceed this in magnitude (the settings' drawing bounds). */
const MAX_QUANTUM = RANGES.drawnCoordinate.max * STEPS_PER_UNIT;
/** A varint of up to 4 bytes holds 28 bits, far more than any count or change here needs. */
const MAX_VARINT_BYTES = 4;
/** The largest decoded byte string a valid drawing can produce: the count plus 2 changes per point. */
const MAX_DECODED_BYTES = MAX_VARINT_BYTES * (1 + 2 * MAX_DRAWN_POINTS);

const ADVICE = "simplify it or use a built-in data set";

/** One coordinate on the link's grid of hundredths, within the drawing bounds. */
function quantize(x: number): number {
  return Math.max(-MAX_QUANTUM, Math.min(MAX_QUANTUM, Math.round(x * STEPS_PER_UNIT)));
}

/**
 * The points as a link restores them: each coordinate rounded to 1/100 and kept within the drawing bounds.
 * Storing drawings already quantized makes their links round-trip exactly.
 */
export function quantizeDrawnPoints(points: readonly number[]): number[] {
  return points.map((x) => quantize(x) / STEPS_PER_UNIT + 0); // + 0 turns −0 into 0
}

function pushVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
}

/** Bytes as base64url without padding (RFC 4648 §5), safe in a URL hash as is. */
function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** base64url back to bytes, or null when the text is not base64url. */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The link text of a drawing (flat x0, y0, x1, y1, …), quantized to 1/100. */
export function encodeDrawnPoints(points: readonly number[]): string {
  const bytes: number[] = [];
  const count = Math.floor(points.length / 2);
  pushVarint(bytes, count);
  const previous = [0, 0];
  for (let i = 0; i < 2 * count; i++) {
    const q = quantize(points[i] as number);
    const delta = q - (previous[i % 2] as number);
    previous[i % 2] = q;
    pushVarint(bytes, delta >= 0 ? 2 * delta : -2 * delta - 1); // zigzag: small changes of either sign stay small
  }
  return toBase64Url(deflateSync(Uint8Array.from(bytes), { level: 9 }));
}

/** Reads varints from bytes, refusing any longer than MAX_VARINT_BYTES. */
function varintReader(bytes: Uint8Array) {
  let position = 0;
  return {
    next(): number | null {
      let value = 0;
      for (let k = 0; k < MAX_VARINT_BYTES && position < bytes.length; k++) {
        const byte = bytes[position++] as number;
        value += (byte & 0x7f) * 2 ** (7 * k);
        if (byte < 0x80) return value;
      }
      return null;
    },
    get done(): boolean {
      return position === bytes.length;
    },
  };
}

/** The points in a drawing's link text, or null when the text is damaged or describes no valid drawing. */
export function decodeDrawnPoints(text: string): number[] | null {
  if (text.length > MAX_DRAW_CHARS) return null;
  let bytes: Uint8Array | null;
  try {
    const compressed = fromBase64Url(text);
    // A fixed output buffer bounds the work a crafted link can cause; a full buffer means too much data.
    bytes = compressed && inflateSync(compressed, { out: new Uint8Array(MAX_DECODED_BYTES + 1) });
  } catch {
    return null; // atob or inflate found the data damaged
  }
  if (!bytes || bytes.length > MAX_DECODED_BYTES) return null;
  const reader = varintReader(bytes);
  const count = reader.next();
  if (count === null || count < 1 || count > MAX_DRAWN_POINTS) return null;
  const points: number[] = [];
  const previous = [0, 0];
  for (let i = 0; i < 2 * count; i++) {
    const zigzag = reader.next();
    if (zigzag === null) return null;
    const q = (previous[i % 2] as number) + (zigzag % 2 ? -(zigzag + 1) / 2 : zigzag / 2);
    if (Math.abs(q) > MAX_QUANTUM) return null;
    previous[i % 2] = q;
    points.push(q / STEPS_PER_UNIT + 0); // + 0 turns −0 into 0
  }
  return reader.done ? points : null;
}

/**
 * Why a drawing cannot travel in a link, in words for the user, or null when it can. Links never carry a
 * drawing partially: the encoder leaves such a drawing out and reports this message instead.
 */
export function drawnPointsProblem(points: readonly number[]): string | null {
  if (points.length % 2 !== 0) return "drawn points must come as (x, y) pairs";
  const count = points.length / 2;
  if (count === 0) return "this drawing has no points";
  if (count > MAX_DRAWN_POINTS) {
    return `this drawing has ${count} points; links can carry ${MAX_DRAWN_POINTS} — ${ADVICE}`;
  }
  const chars = encodeDrawnPoints(points).length;
  if (chars > MAX_DRAW_CHARS) {
    return `this drawing needs ${chars} characters in a link; links can carry ${MAX_DRAW_CHARS} — ${ADVICE}`;
  }
  return null;
}
