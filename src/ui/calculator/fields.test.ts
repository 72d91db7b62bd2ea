import { describe, expect, it } from "vitest";
import { matrixField, numberField, readNumber, vectorField } from "./fields";

const label = { tex: "x", symbol: "x", words: "a value", example: "1" };

describe("readNumber", () => {
  it("reads numbers as people type them", () => {
    expect(readNumber(" 0.5 ")).toBe(0.5);
    expect(readNumber("−2")).toBe(-2);
    expect(readNumber("1e-4")).toBe(1e-4);
    expect(readNumber(".25")).toBe(0.25);
  });

  it("refuses what is not a finite number", () => {
    for (const text of ["", "abc", "1,5", "NaN", "Infinity", "1e999", "0x10", "--1"]) {
      expect(readNumber(text)).toBeNull();
    }
  });
});

describe("fields", () => {
  it("checks a number's range and wholeness, naming the field", () => {
    const t = numberField(label, { min: 1, max: 5, integer: true });
    expect(t.parse("3")).toEqual({ ok: true, value: 3 });
    expect(t.parse("2.5")).toEqual({ ok: false, message: "x (a value): must be a whole number, got 2.5" });
    expect(t.parse("9")).toMatchObject({ ok: false, message: expect.stringContaining("from 1 to 5") });
    expect(t.parse("nine")).toMatchObject({ ok: false, message: expect.stringContaining('"nine"') });
  });

  it("reads lists split by commas or spaces", () => {
    const list = vectorField(label);
    expect(list.parse("1, -0.5  2")).toEqual({ ok: true, value: [1, -0.5, 2] });
    expect(list.parse(" ")).toMatchObject({ ok: false, message: expect.stringContaining("at least one") });
    expect(list.parse("1, banana")).toMatchObject({
      ok: false,
      message: expect.stringContaining('"banana"'),
    });
  });

  it("reads matrices by rows, which must be equally long", () => {
    const matrix = matrixField(label);
    expect(matrix.parse("1, 0; 0, 1")).toEqual({
      ok: true,
      value: [
        [1, 0],
        [0, 1],
      ],
    });
    expect(matrix.parse("1\n2")).toEqual({ ok: true, value: [[1], [2]] });
    expect(matrix.parse("1, 2; 3")).toMatchObject({
      ok: false,
      message: expect.stringContaining("same number"),
    });
  });
});
