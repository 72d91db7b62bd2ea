import { describe, expect, it } from "vitest";
import { undefinedBecause } from "../../core/maybe";
import type { LossReadout } from "../../worker/loss-readout";
import { comparison, elboLines, formatMicros, lossLines } from "./readout-lines";

const READOUT: LossReadout = {
  t: 5,
  batch: 256,
  dim: 2,
  sigma2: 0.01,
  noiseMse: 0.5,
  reconstruction: undefinedBecause("ᾱ_5 = 0: x_5 holds no trace of x_0"),
  meanLoss: 0.25,
  elboWeight: 0.1,
  weightedNoiseLoss: 0.25 * (1 + 1e-15),
  priorKl: Infinity,
  transitionKl: null,
  decoderNll: NaN,
  meanLossMicros: 12,
  noiseLossMicros: 3,
};

describe("the Loss panel's lines", () => {
  it("prints dashes and no numbers while there is no readout", () => {
    for (const line of [...lossLines(null), ...elboLines(null)]) expect(line.shown.text).toBe("—");
    expect(comparison(null)).toMatchObject({ agreement: null, speed: null, meanTime: "—" });
  });

  it("labels undefined values in words, with the reason, never NaN or Infinity", () => {
    const [noise, reconstruction] = lossLines(READOUT);
    expect(noise?.shown).toEqual({ text: "0.5" });
    expect(reconstruction?.shown).toEqual({ text: "undefined", reason: expect.stringContaining("ᾱ_5 = 0") });
    const [prior, step, decoder] = elboLines(READOUT);
    expect(prior?.shown.text).toBe("∞");
    expect(step).toMatchObject({ words: "none at t = 1", shown: { text: "—" } });
    expect(step?.shown.reason).toBeUndefined();
    expect(decoder?.shown.text).toBe("undefined");
    const all = JSON.stringify([lossLines(READOUT), elboLines(READOUT), comparison(READOUT)]);
    expect(all).not.toMatch(/NaN|Infinity/);
  });

  it("compares the mean loss with the weighted noise loss, and their timings", () => {
    const c = comparison(READOUT);
    expect(c.mean.text).toBe("0.25");
    expect(c.agreement).toBe("equal up to 1e−15");
    expect(c.speed).toBe("noise loss 4× faster");
    expect(c.meanTime).toBe("12 µs");
    expect(comparison({ ...READOUT, weightedNoiseLoss: 0.25 }).agreement).toBe("equal");
  });

  it("has no agreement or timing where the mean loss does not exist", () => {
    const c = comparison({
      ...READOUT,
      meanLoss: undefinedBecause("σ_t² = 0"),
      weightedNoiseLoss: undefinedBecause("σ_t² = 0"),
      meanLossMicros: null,
      noiseLossMicros: null,
    });
    expect(c).toMatchObject({ agreement: null, speed: null, meanTime: "—", noiseTime: "—" });
    expect(c.mean.reason).toBe("σ_t² = 0");
  });

  it("prints durations in µs below a millisecond, in ms above", () => {
    expect(formatMicros(4.123)).toBe("4.1 µs");
    expect(formatMicros(2500)).toBe("2.5 ms");
  });
});

describe("the timing comparison", () => {
  it("makes no claim from a timing the clock could not resolve", () => {
    const c = comparison({ ...READOUT, meanLossMicros: 0 });
    expect(c.speed).toBeNull();
    expect(c.meanTime).toBe("0 µs");
  });
});
