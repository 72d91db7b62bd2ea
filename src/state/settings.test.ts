import { describe, expect, it } from "vitest";
import { HOMEWORK_IMAGES } from "../core/data/datasets";
import { DEFAULT_RECIPE } from "../core/recipe";
import { makeSchedule, SCHEDULE_FAMILIES } from "../core/schedule";
import {
  DATA_CHOICES,
  datasetChoice,
  datasetSpecFor,
  DEFAULT_SETTINGS,
  defaultSampleCount,
  SCHEDULE_PARAMETER_DEFAULTS,
  scheduleLength,
  scheduleSpecFor,
  type Settings,
} from "./settings";
import { isValidSettings } from "./settings-schema";

describe("DEFAULT_SETTINGS", () => {
  it("is the recipe, with the view at t = T and seed 0", () => {
    expect(DEFAULT_SETTINGS.schedule).toEqual(DEFAULT_RECIPE.schedule);
    expect(DEFAULT_SETTINGS.dataset).toEqual(DEFAULT_RECIPE.dataset);
    expect(DEFAULT_SETTINGS.sampler).toEqual(DEFAULT_RECIPE.sampler);
    expect(DEFAULT_SETTINGS.model).toEqual({
      width: DEFAULT_RECIPE.model.width,
      depth: DEFAULT_RECIPE.model.depth,
      activation: DEFAULT_RECIPE.model.activation,
    });
    expect(DEFAULT_SETTINGS.training).toEqual({
      lr: DEFAULT_RECIPE.training.lr,
      batchSize: DEFAULT_RECIPE.training.batchSize,
      totalSteps: DEFAULT_RECIPE.training.totalSteps,
    });
    expect(DEFAULT_SETTINGS.t).toBe(scheduleLength(DEFAULT_RECIPE.schedule));
    expect(DEFAULT_SETTINGS.seed).toBe(0);
  });

  it("is valid, frozen all the way down, and leaves the recipe unfrozen", () => {
    expect(isValidSettings(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.sampler)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.schedule)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RECIPE.sampler)).toBe(false);
  });
});

describe("per-family and per-data-set defaults", () => {
  it("describe the recipe's schedule in every family that can", () => {
    const recipe = makeSchedule(DEFAULT_RECIPE.schedule);
    expect(scheduleSpecFor(DEFAULT_RECIPE.schedule.family, SCHEDULE_PARAMETER_DEFAULTS)).toEqual(
      DEFAULT_RECIPE.schedule,
    );
    const custom = makeSchedule(scheduleSpecFor("custom", SCHEDULE_PARAMETER_DEFAULTS));
    expect(custom.betas).toEqual(recipe.betas);
    const constant = makeSchedule(scheduleSpecFor("constant", SCHEDULE_PARAMETER_DEFAULTS));
    expect(constant.alphaBars[recipe.T - 1]).toBeCloseTo(recipe.alphaBars[recipe.T - 1] as number, 12);
  });

  it("give every family and data set choice a valid spec", () => {
    for (const family of SCHEDULE_FAMILIES) {
      const schedule = scheduleSpecFor(family, SCHEDULE_PARAMETER_DEFAULTS);
      expect(isValidSettings({ ...DEFAULT_SETTINGS, schedule })).toBe(true);
    }
    for (const choice of DATA_CHOICES) {
      const params = { n: defaultSampleCount(choice), imageSize: 3, points: [0, 0] };
      const dataset = datasetSpecFor(choice, params);
      expect(datasetChoice(dataset)).toBe(choice);
      expect(isValidSettings({ ...DEFAULT_SETTINGS, dataset })).toBe(true);
    }
    expect(defaultSampleCount("image")).toBe(HOMEWORK_IMAGES.kind === "image" && HOMEWORK_IMAGES.n);
  });
});

describe("isValidSettings", () => {
  const invalid: [string, unknown][] = [
    ["t beyond T", { ...DEFAULT_SETTINGS, t: DEFAULT_SETTINGS.t + 1 }],
    ["t of 0", { ...DEFAULT_SETTINGS, t: 0 }],
    [
      "a reconstruction start beyond custom T",
      { ...DEFAULT_SETTINGS, schedule: { family: "custom", betas: [0.1] } },
    ],
    ["a fractional T", { ...DEFAULT_SETTINGS, schedule: { ...DEFAULT_SETTINGS.schedule, T: 20.5 } }],
    ["NaN η", { ...DEFAULT_SETTINGS, sampler: { ...DEFAULT_SETTINGS.sampler, eta: NaN } }],
    ["an unknown predictor", { ...DEFAULT_SETTINGS, predictor: "gpt" }],
    ["an extra field", { ...DEFAULT_SETTINGS, extra: 1 }],
    ["a missing field", { ...DEFAULT_SETTINGS, seed: undefined }],
    ["an odd drawing", { ...DEFAULT_SETTINGS, dataset: { kind: "drawn", points: [1, 2, 3] } }],
    ["an empty drawing", { ...DEFAULT_SETTINGS, dataset: { kind: "drawn", points: [] } }],
    ["a 17×17 image", { ...DEFAULT_SETTINGS, dataset: { kind: "image", size: 17, n: 10 } }],
    ["not an object", "v=1"],
  ];
  it.each(invalid)("rejects %s", (_name, value) => {
    expect(isValidSettings(value)).toBe(false);
  });

  it("accepts a drawing and clipping", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      dataset: { kind: "drawn", points: [1.5, -2, 0, 0] },
      sampler: { ...DEFAULT_SETTINGS.sampler, clipX0: 1 },
    };
    expect(isValidSettings(settings)).toBe(true);
  });
});
