import { describe, expect, it } from "vitest";
import { makeSchedule } from "../../core/schedule";
import { DEFAULT_SETTINGS } from "../../state/settings";
import { isValidSettings } from "../../state/settings-schema";
import { PRESETS, presetOf, sameSchedule } from "./presets";
import { withSchedule } from "./schedule-edit";

const preset = (id: string) => {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return { ...found, schedule: makeSchedule(found.spec) };
};

describe("PRESETS", () => {
  it("are valid settings, each with its own id and one sentence to look for", () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(isValidSettings(withSchedule(DEFAULT_SETTINGS, p.spec))).toBe(true);
      expect(p.look).toMatch(/\.$/);
      expect(p.look).not.toMatch(/[.!?]\s+\p{Lu}/u); // one sentence: no second one starts inside
    }
  });

  it("include the homework's schedules, the DDPM and cosine schedules, and both extremes", () => {
    const betas = PRESETS.flatMap((p) => (p.spec.family === "custom" ? [p.spec.betas] : []));
    expect(betas).toEqual([
      [0.01, 0.01, 0.01],
      [0.1, 0.2, 0.5],
      [0.5, 0.2, 0.1],
      [0.99, 0.99, 0.99],
      [0.4, 0.3, 0.2, 0.1],
    ]);
    expect(preset("ddpm").spec).toEqual({ family: "linear", T: 1000, betaStart: 1e-4, betaEnd: 0.02 });
    expect(preset("cosine").spec).toEqual({ family: "cosine", T: 1000, s: 0.008 });
    expect(preset("zero").schedule.alphaBars.every((a) => a === 1)).toBe(true);
    expect(preset("one").schedule.alphaBars.every((a) => a === 0)).toBe(true);
  });

  it("state numbers their schedules really have", () => {
    expect(preset("default").schedule.alphaBars[199]).toBeCloseTo(3e-5, 5);
    expect(preset("hw-small").schedule.alphaBars[2]).toBeCloseTo(0.97, 2);
    expect(Array.from(preset("hw-growing").schedule.alphaBars)).toEqual(
      [0.9, 0.72, 0.36].map((a) => expect.closeTo(a, 12)),
    );
    expect(preset("hw-shrinking").schedule.alphaBars[0]).toBe(0.5);
    expect(preset("hw-shrinking").schedule.alphaBars[2]).toBeCloseTo(0.36, 12);
    expect(preset("hw-huge").schedule.alphaBars[0]).toBeCloseTo(0.01, 12);
    expect(preset("hw-huge").schedule.alphaBars[2]).toBeCloseTo(1e-6, 12);
    expect(Array.from(preset("hw-four").schedule.alphaBars)).toEqual(
      [0.6, 0.42, 0.336, 0.3024].map((a) => expect.closeTo(a, 12)),
    );
    const ddpm = preset("ddpm").schedule;
    expect(ddpm.alphaBars.findIndex((a) => a < 0.03) + 1).toBeGreaterThanOrEqual(585);
    expect(ddpm.alphaBars.findIndex((a) => a < 0.03) + 1).toBeLessThanOrEqual(595);
    const cosine = preset("cosine").schedule;
    expect(cosine.alphaBars[499]).toBeCloseTo(0.5, 1);
    expect(cosine.betas[999]).toBe(0.999);
  });
});

describe("presetOf", () => {
  it("recognises a preset however its spec was built, and nothing else", () => {
    expect(presetOf({ family: "custom", betas: [0.1, 0.2, 0.5] })?.id).toBe("hw-growing");
    expect(presetOf(DEFAULT_SETTINGS.schedule)?.id).toBe("default");
    expect(presetOf({ family: "custom", betas: [0.1, 0.2, 0.51] })).toBeNull();
    expect(sameSchedule({ family: "constant", T: 10, beta: 1 }, { family: "constant", T: 10, beta: 1 })).toBe(
      true,
    );
  });
});
