import { describe, expect, it } from "vitest";
import { DEFAULT_MLP_CONFIG } from "../../core/nn/config";
import { FIELD_EXTENT } from "../../state/slices/reverse-field";
import { DOMAIN } from "../forward/plot-geometry";
import { arrowAt, arrowScale, ARROW_MAX_CELLS, TYPICAL_CELLS } from "./field-arrows";
import { advanceFrame, PASS_SECONDS, reverseTick } from "./reverse-clock";
import { qualityNote, qualityText, undefinedStepsText } from "./reverse-text";
import { linearStatusText, mlpStatusText, rateText } from "./training-text";

describe("reverse playback clock", () => {
  it("crosses all frames in one pass whatever their number, faster with speed, and stops at the end", () => {
    expect(advanceFrame(0, PASS_SECONDS / 2, 201, 1)).toBe(100);
    expect(advanceFrame(0, PASS_SECONDS / 2, 11, 1)).toBe(5);
    expect(advanceFrame(0, PASS_SECONDS / 4, 201, 2)).toBe(100);
    expect(advanceFrame(150, PASS_SECONDS, 201, 1)).toBe(200);
    expect(advanceFrame(0, 1, 1, 1)).toBe(0);
  });

  it("shows every frame in turn at 60 frames a second and takes one pass to reach the end", () => {
    const frames = 201;
    let position = 0;
    let shown = 0;
    let ticks = 0;
    const seen = [0];
    for (let done = false; !done; ticks++) {
      const tick = reverseTick(position, shown, 1 / 60, frames, 1);
      position = tick.position;
      // The store clamps and rounds what it is asked to show.
      shown = Math.min(frames - 1, Math.max(0, Math.round(tick.frame)));
      if (shown !== seen.at(-1)) seen.push(shown);
      done = tick.done;
    }
    expect(seen).toEqual(Array.from({ length: frames }, (_, i) => i));
    expect(ticks / 60).toBeCloseTo(PASS_SECONDS, 1);
  });

  it("continues from a frame a scrub put on show", () => {
    expect(reverseTick(10.7, 40, 0, 201, 1)).toEqual({ position: 40, frame: 40, done: false });
  });
});

describe("score field arrows", () => {
  it("are drawn over the plots' extent", () => {
    expect(FIELD_EXTENT).toBe(DOMAIN);
  });

  it("size the 90th-percentile arrow to most of a cell, whatever the score's magnitude", () => {
    const small = Float32Array.from({ length: 20 }, (_, i) => (i % 2 ? 0 : (i + 2) / 2));
    const large = small.map((v) => v * 1000);
    const cell = 20;
    expect(arrowScale(small, cell) * 10).toBeCloseTo(TYPICAL_CELLS * cell, 9);
    expect(arrowScale(large, cell) * 10000).toBeCloseTo(TYPICAL_CELLS * cell, 9);
    expect(arrowScale(new Float32Array(8), cell)).toBe(0);
  });

  it("point the data's up screen-up, clip long arrows, and skip the invisible ones", () => {
    expect(arrowAt(10, 10, 0, 2, 5, 20)).toEqual({ x0: 10, y0: 10, x1: 10, y1: 0 });
    const long = arrowAt(0, 0, 3, 4, 100, 20);
    expect(Math.hypot((long?.x1 ?? 0) - 0, (long?.y1 ?? 0) - 0)).toBeCloseTo(ARROW_MAX_CELLS * 20, 9);
    expect(arrowAt(0, 0, 0.01, 0, 5, 20)).toBeNull();
    expect(arrowAt(0, 0, NaN, 0, 5, 20)).toBeNull();
  });
});

describe("reverse readouts in words", () => {
  it("show the quality as distance, floor, ratio and memorized share, never NaN", () => {
    const text = qualityText({
      quality: { distance: 0.2141, floor: 0.1012, ratio: 2.1156 },
      memorization: { share: 0.0345, typicalDistance: 0.1, threshold: 0.033 },
    });
    expect(text).toEqual({ distance: "0.214", floor: "0.101", ratio: "2.1×", memorized: "3.5%" });
    const infinite = qualityText({
      quality: { distance: 0.5, floor: 0, ratio: Infinity },
      memorization: { share: 0, typicalDistance: 0, threshold: 0 },
    });
    expect(infinite.ratio).toBe("∞×");
  });

  it("say which steps could not be taken, and why", () => {
    expect(undefinedStepsText([])).toBeNull();
    expect(undefinedStepsText([{ t: 5, reason: "ᾱ_5 = 0" }])).toBe(
      "The step from t = 5 could not be taken: ᾱ_5 = 0.",
    );
    expect(
      undefinedStepsText([
        { t: 9, reason: "a" },
        { t: 8, reason: "b" },
        { t: 7, reason: "c" },
      ]),
    ).toBe("3 steps (t = 9 to 7) could not be taken; the first because a.");
  });
});

describe("training status in words", () => {
  const base = {
    status: "trained",
    stopped: false,
    step: 1000,
    totalSteps: 1000,
    loss: 0.3,
    lr: 0.001,
    samplesPerSec: 52_100,
    engine: "wasm-simd",
    history: [],
    lossCurve: null,
    weights: null,
  } as const;

  it("says where the MLP stands, including a stop before the end", () => {
    expect(mlpStatusText({ ...base, status: "untrained" })).toBe("Untrained: press Train");
    expect(mlpStatusText({ ...base, status: "training", step: 40 })).toBe("Training: step 40 of 1000");
    expect(mlpStatusText(base)).toBe("Trained: 1000 steps");
    expect(mlpStatusText({ ...base, stopped: true, step: 437 })).toBe("Stopped at step 437 of 1000");
  });

  it("says where imported weights came from and their shape", () => {
    const config = { ...DEFAULT_MLP_CONFIG, width: 48, depth: 2 };
    const imported = { ...base, step: 0, totalSteps: 0, imported: true, weights: { config, params: [] } };
    expect(mlpStatusText(imported)).toBe("Loaded from a file: width 48, depth 2");
  });

  it("says where the linear model stands, and when SGD diverged", () => {
    const linear = {
      status: "trained",
      step: 500,
      totalSteps: 500,
      loss: 0.4,
      weights: null,
      divergedAt: null,
    } as const;
    expect(linearStatusText({ ...linear, status: "untrained" })).toMatch(/W = 0/);
    expect(linearStatusText(linear)).toBe("Trained: 500 SGD steps");
    expect(linearStatusText({ ...linear, step: 12, divergedAt: 12 })).toMatch(/Diverged at step 12/);
  });

  it("shows the training speed compactly", () => {
    expect(rateText(52_100)).toBe("52.1k samples/s");
    expect(rateText(950)).toBe("950 samples/s");
    expect(rateText(null)).toBe("– samples/s");
  });
});

describe("quality notes", () => {
  it("explain a floor of 0 (all data points the same), and say nothing otherwise", () => {
    const memorization = { share: 0, typicalDistance: 0, threshold: 0 };
    expect(qualityNote({ quality: { distance: 1e-9, floor: 0, ratio: Infinity }, memorization })).toMatch(
      /∞×/,
    );
    expect(qualityNote({ quality: { distance: 0.2, floor: 0.1, ratio: 2 }, memorization })).toBeNull();
  });
});
