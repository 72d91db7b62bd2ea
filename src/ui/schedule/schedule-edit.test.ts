import { describe, expect, it } from "vitest";
import { makeSchedule } from "../../core/schedule";
import { DEFAULT_SETTINGS, SCHEDULE_PARAMETER_DEFAULTS } from "../../state/settings";
import { isValidSettings, MAX_CUSTOM_BETAS } from "../../state/settings-schema";
import {
  customStart,
  drawBetas,
  nudgeBeta,
  parseBetasText,
  rememberParameters,
  switchFamily,
  withSchedule,
} from "./schedule-edit";

describe("withSchedule", () => {
  it("keeps t and the reconstruction start within a shorter T, so the store accepts the change", () => {
    const settings = { ...DEFAULT_SETTINGS, t: 150, reverse: { ...DEFAULT_SETTINGS.reverse, tStart: 100 } };
    const shorter = withSchedule(settings, { family: "custom", betas: [0.1, 0.2, 0.5] });
    expect(shorter.t).toBe(3);
    expect(shorter.reverse.tStart).toBe(3);
    expect(isValidSettings(shorter)).toBe(true);
    const longer = withSchedule(settings, { family: "cosine", T: 1000, s: 0.008 });
    expect([longer.t, longer.reverse.tStart]).toEqual([150, 100]);
  });
});

describe("switchFamily", () => {
  const linear = { family: "linear", T: 300, betaStart: 1e-4, betaEnd: 0.05 } as const;

  it("keeps the parameters that still apply and restores each family's last ones", () => {
    let remembered = rememberParameters(SCHEDULE_PARAMETER_DEFAULTS, linear);
    const cosine = switchFamily(linear, "cosine", remembered).spec;
    expect(cosine).toEqual({ family: "cosine", T: 300, s: SCHEDULE_PARAMETER_DEFAULTS.s });
    remembered = rememberParameters(remembered, { family: "cosine", T: 300, s: 0.1 });
    expect(switchFamily({ family: "cosine", T: 300, s: 0.1 }, "sigmoid", remembered).spec).toEqual({
      family: "sigmoid",
      T: 300,
      betaStart: 1e-4,
      betaEnd: 0.05,
    });
    expect(switchFamily(linear, "linear", remembered)).toEqual({ spec: linear, note: null });
  });

  it("starts a custom schedule from the current betas, and leaves it with its length as T", () => {
    const { spec, note } = switchFamily(linear, "custom", SCHEDULE_PARAMETER_DEFAULTS);
    expect(note).toBeNull();
    expect(spec.family === "custom" && spec.betas.length).toBe(300);
    const expected = makeSchedule(linear).betas;
    // Four significant digits: a relative change of at most 5e-4 per β.
    if (spec.family === "custom")
      spec.betas.forEach((b, i) => expect(Math.abs(b / expected[i]! - 1)).toBeLessThan(5e-4));
    const back = switchFamily(spec, "constant", rememberParameters(SCHEDULE_PARAMETER_DEFAULTS, linear));
    expect(back.spec).toMatchObject({ family: "constant", T: 300 });
  });

  it("respaces a schedule longer than MAX_CUSTOM_BETAS, keeping ᾱ_T, and says so", () => {
    const long = { family: "linear", T: 4000, betaStart: 1e-5, betaEnd: 0.01 } as const;
    const { betas, note } = customStart(long);
    expect(betas).toHaveLength(MAX_CUSTOM_BETAS);
    expect(note).toContain(`at most ${MAX_CUSTOM_BETAS} betas`);
    expect(note).toContain("T = 4000");
    const original = makeSchedule(long);
    const respaced = makeSchedule({ family: "custom", betas });
    expect(respaced.alphaBars[MAX_CUSTOM_BETAS - 1]! / original.alphaBars[3999]!).toBeCloseTo(1, 2);
  });
});

describe("drawing and nudging betas", () => {
  const flat = [0.1, 0.1, 0.1, 0.1, 0.1];

  it("sets the touched β, and fills every t a stroke crossed on the straight line between", () => {
    expect(drawBetas(flat, null, { t: 2, beta: 0.5 })).toEqual([0.1, 0.5, 0.1, 0.1, 0.1]);
    expect(drawBetas(flat, { t: 1, beta: 0 }, { t: 5, beta: 0.4 })).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(drawBetas(flat, { t: 5, beta: 0.4 }, { t: 1, beta: 0 })).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it("keeps drawn betas in [0, 1] and short", () => {
    expect(drawBetas(flat, null, { t: 1, beta: 1.7 })[0]).toBe(1);
    expect(drawBetas(flat, null, { t: 1, beta: -0.2 })[0]).toBe(0);
    expect(drawBetas(flat, null, { t: 1, beta: 0.123456789 })[0]).toBe(0.1235);
    expect(nudgeBeta(flat, 3, 0.025)).toEqual([0.1, 0.1, 0.125, 0.1, 0.1]);
    expect(nudgeBeta([0.99], 1, 0.05)).toEqual([1]);
    expect(flat).toEqual([0.1, 0.1, 0.1, 0.1, 0.1]);
  });
});

describe("parseBetasText", () => {
  it("reads numbers separated by commas, spaces or semicolons, minus signs included", () => {
    expect(parseBetasText("0.1, 0.2,0.5")).toEqual({ betas: [0.1, 0.2, 0.5] });
    expect(parseBetasText(" 1e-4 ; 2e−2  1 ")).toEqual({ betas: [1e-4, 0.02, 1] });
    expect(parseBetasText("0, -0")).toEqual({ betas: [0, 0] });
  });

  it("says what is wrong, in words", () => {
    expect(parseBetasText("  ")).toEqual({ error: "Enter at least one β, e.g. 0.1, 0.2, 0.5" });
    expect(parseBetasText("0.1, abc")).toEqual({ error: '"abc" is not a number' });
    expect(parseBetasText("0.1, 1.5")).toEqual({ error: "Each β must lie in [0, 1]; 1.5 does not" });
    expect(parseBetasText("0x10")).toEqual({ error: '"0x10" is not a number' });
    const tooMany = parseBetasText(
      Array(MAX_CUSTOM_BETAS + 1)
        .fill("0.1")
        .join(","),
    );
    expect(tooMany).toEqual({
      error: `A custom schedule holds at most ${MAX_CUSTOM_BETAS} betas; this has ${MAX_CUSTOM_BETAS + 1}`,
    });
  });
});
