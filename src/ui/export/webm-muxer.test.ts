import { describe, expect, it } from "vitest";
import { muxWebm, sizeVint, type EncodedFrame } from "./webm-muxer";

/** One EBML element as read back: its ID (with marker, as hex), where its data is, and its children. */
interface Element {
  readonly id: string;
  readonly data: Uint8Array;
  readonly children: Element[];
}

/** Elements that hold other elements. */
const MASTERS = new Set(["1a45dfa3", "18538067", "1549a966", "1654ae6b", "ae", "e0", "1f43b675"]);

/** A variable-length integer at `at`: its value (marker kept for IDs) and length. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number } {
  const first = bytes[at] as number;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  let value = keepMarker ? first : first & ((0x80 >> (length - 1)) - 1);
  for (let i = 1; i < length; i++) value = value * 256 + (bytes[at + i] as number);
  return { value, length };
}

/** Reads a run of elements, as a WebM player would: every size must land exactly on the next element. */
function read(bytes: Uint8Array, start = 0, end = bytes.length): Element[] {
  const out: Element[] = [];
  for (let at = start; at < end;) {
    const id = vint(bytes, at, true);
    const size = vint(bytes, at + id.length, false);
    const from = at + id.length + size.length;
    const hex = id.value.toString(16);
    const data = bytes.subarray(from, from + size.value);
    out.push({ id: hex, data, children: MASTERS.has(hex) ? read(bytes, from, from + size.value) : [] });
    at = from + size.value;
  }
  expect(out.length).toBeGreaterThan(0);
  return out;
}

const find = (elements: Element[], path: string[]): Element[] => {
  const [head, ...rest] = path;
  const here = elements.filter((e) => e.id === head);
  return rest.length === 0 ? here : here.flatMap((e) => find(e.children, rest));
};
const uintOf = (e: Element | undefined): number => [...(e?.data ?? [])].reduce((v, b) => v * 256 + b, 0);
const textOf = (e: Element | undefined): string => new TextDecoder().decode(e?.data);

const frame = (timeMs: number, key = false, size = 5): EncodedFrame => ({
  data: new Uint8Array(size).fill(timeMs % 251),
  timeMs,
  key,
});

describe("WebM muxer", () => {
  it("writes EBML sizes in the fewest bytes, never all ones", () => {
    expect([...sizeVint(0)]).toEqual([0x80]);
    expect([...sizeVint(126)]).toEqual([0xfe]);
    expect([...sizeVint(127)]).toEqual([0x40, 0x7f]);
    expect([...sizeVint(300)]).toEqual([0x41, 0x2c]);
    expect(sizeVint(2 ** 30)).toHaveLength(5);
  });

  it("writes a WebM header, one VP8 track of the frame size, and the duration", () => {
    const file = muxWebm({
      width: 800,
      height: 834,
      codecId: "V_VP8",
      frames: [frame(0, true)],
      durationMs: 40,
    });
    expect([...file.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    const top = read(file);
    expect(top.map((e) => e.id)).toEqual(["1a45dfa3", "18538067"]);
    expect(textOf(find(top, ["1a45dfa3", "4282"])[0])).toBe("webm");
    const track = ["18538067", "1654ae6b", "ae"];
    expect(textOf(find(top, [...track, "86"])[0])).toBe("V_VP8");
    expect(uintOf(find(top, [...track, "e0", "b0"])[0])).toBe(800);
    expect(uintOf(find(top, [...track, "e0", "ba"])[0])).toBe(834);
    expect(uintOf(find(top, ["18538067", "1549a966", "2ad7b1"])[0])).toBe(1_000_000);
    const duration = find(top, ["18538067", "1549a966", "4489"])[0]?.data as Uint8Array;
    expect(new DataView(duration.buffer, duration.byteOffset).getFloat64(0)).toBe(40);
  });

  it("keeps every frame, in order, a new cluster at each key frame and before the offset overflows", () => {
    const frames = [frame(0, true), frame(33), frame(67), frame(2000, true), frame(2033), frame(40_000)];
    const top = read(muxWebm({ width: 2, height: 2, codecId: "V_VP8", frames, durationMs: 40_033 }));
    const clusters = find(top, ["18538067", "1f43b675"]);
    expect(clusters.map((c) => uintOf(find(c.children, ["e7"])[0]))).toEqual([0, 2000, 40_000]);
    const blocks = clusters.flatMap((cluster) => {
      const start = uintOf(find(cluster.children, ["e7"])[0]);
      return find(cluster.children, ["a3"]).map((block) => {
        const view = new DataView(block.data.buffer, block.data.byteOffset);
        return {
          track: block.data[0],
          time: start + view.getInt16(1),
          key: ((block.data[3] as number) & 0x80) !== 0,
          data: [...block.data.subarray(4)],
        };
      });
    });
    expect(blocks.map((b) => b.time)).toEqual(frames.map((f) => f.timeMs));
    expect(blocks.map((b) => b.key)).toEqual(frames.map((f) => f.key));
    expect(blocks.every((b) => b.track === 0x81)).toBe(true);
    expect(blocks.map((b) => b.data)).toEqual(frames.map((f) => [...f.data]));
  });
});
