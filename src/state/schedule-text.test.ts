import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CUSTOM_BETAS } from "./settings-schema";
import { readScheduleText, writeScheduleText } from "./schedule-text";
import { SETTINGS } from "./testing";

describe("schedule text", () => {
  it("writes each family as its name and numbers", () => {
    expect(writeScheduleText({ family: "linear", T: 1000, betaStart: 1e-4, betaEnd: 0.02 })).toBe(
      "linear,1000,1e-4,0.02",
    );
    expect(writeScheduleText({ family: "custom", betas: [0.5, 0.2, 0.1] })).toBe("custom,0.5,0.2,0.1");
  });

  it("reads back every valid schedule exactly", () => {
    const schedules = SETTINGS.map((s) => s.schedule);
    fc.assert(
      fc.property(schedules, (spec) => {
        expect(readScheduleText(writeScheduleText(spec))).toEqual(spec);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it("reads nothing from a wrong family, count, or number out of the settings' bounds", () => {
    for (const raw of [
      "",
      "cosine",
      "cosine,",
      "cosine,200",
      "cosine,200,0.008,1",
      "linear,200,0.1",
      "linear,200.5,0.1,0.2",
      "linear,10001,0.1,0.2",
      "constant,10,-0.1",
      "custom",
      "custom,",
      "custom,0.1,,0.2",
      `custom,${Array(MAX_CUSTOM_BETAS + 1)
        .fill("0.1")
        .join(",")}`,
      "Cosine,200,0.008",
      "cosine,200,0x1",
    ]) {
      expect(readScheduleText(raw)).toBeNull();
    }
    expect(readScheduleText("constant,10,1")).toEqual({ family: "constant", T: 10, beta: 1 });
    expect(readScheduleText("custom,-0")).toEqual({ family: "custom", betas: [0] });
  });
});
