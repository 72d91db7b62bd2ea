import { describe, expect, it } from "vitest";
import { makeSchedule } from "../../core/schedule";
import { readoutsAt, timestepNote } from "./readouts";

const values = (readouts: ReturnType<typeof readoutsAt>) =>
  Object.fromEntries(readouts.map((r) => [r.symbol, [r.value, r.note]]));

describe("readoutsAt", () => {
  it("shows β_t, ᾱ_t, √ᾱ_t and √(1−ᾱ_t) of an ordinary schedule without notes", () => {
    const schedule = makeSchedule({ family: "constant", T: 10, beta: 0.5 });
    expect(values(readoutsAt(schedule, 2))).toEqual({
      β_t: ["0.5", null],
      ᾱ_t: ["0.25", null],
      "√ᾱ_t": ["0.5", null],
      "√(1−ᾱ_t)": ["0.866", null],
    });
  });

  it("keeps the digits of values near 1, so ᾱ_1 does not read as 1 (no noise)", () => {
    const schedule = makeSchedule({ family: "linear", T: 200, betaStart: 5e-4, betaEnd: 0.02 });
    const first = values(readoutsAt(schedule, 1));
    expect(first["ᾱ_t"]).toEqual(["0.9995", null]);
    expect(first["√ᾱ_t"]).toEqual(["0.99975", null]);
  });

  it("labels the degenerate values in words, never NaN", () => {
    const frozen = values(readoutsAt(makeSchedule({ family: "constant", T: 5, beta: 0 }), 3));
    expect(frozen["β_t"]).toEqual(["0", "no noise added"]);
    expect(frozen["ᾱ_t"]).toEqual(["1", "x₀ untouched"]);
    const noise = values(readoutsAt(makeSchedule({ family: "constant", T: 5, beta: 1 }), 1));
    expect(noise["β_t"]).toEqual(["1", "all noise"]);
    expect(noise["ᾱ_t"]).toEqual(["0", "x₀ forgotten"]);
    expect(noise["√(1−ᾱ_t)"]).toEqual(["1", null]);
    expect(JSON.stringify(noise)).not.toMatch(/NaN|Infinity/);
  });
});

describe("timestepNote", () => {
  it("says when nothing ever changes, when one step wipes x₀ out, when x₀ is gone, and when T = 1", () => {
    expect(timestepNote(makeSchedule({ family: "constant", T: 5, beta: 0 }), 3)).toMatch(
      /no noise is ever added/,
    );
    const wipe = makeSchedule({ family: "constant", T: 5, beta: 1 });
    expect(timestepNote(wipe, 1)).toMatch(/this one step replaces x with pure noise/);
    expect(timestepNote(wipe, 4)).toMatch(/ᾱ_t = 0: x_t is pure noise/);
    expect(timestepNote(makeSchedule({ family: "constant", T: 1, beta: 0.3 }), 1)).toMatch(/T = 1/);
    expect(timestepNote(makeSchedule({ family: "custom", betas: [0, 0, 0.5] }), 2)).toMatch(
      /No noise added yet/,
    );
    expect(
      timestepNote(makeSchedule({ family: "linear", T: 100, betaStart: 1e-4, betaEnd: 0.02 }), 50),
    ).toBeNull();
  });
});
