import { describe, expect, it } from "vitest";
import type { DatasetSpec } from "../../core/data/datasets";
import { encodeSettings, decodeSettings } from "../url-codec";
import { DEFAULT_SETTINGS } from "../settings";
import { chooseDataset, extendDrawing, MAX_DRAWING_POINTS, shownChoice } from "./data-choice";

const moons: DatasetSpec = { kind: "points", name: "moons", n: 500 };
const images: DatasetSpec = { kind: "image", size: 5, n: 30 };

describe("chooseDataset", () => {
  it("keeps n between point clouds", () => {
    expect(chooseDataset(moons, "dino", [])).toEqual({ dataset: { kind: "points", name: "dino", n: 500 } });
  });

  it("takes each kind's usual count when moving between points and images, and keeps the image size", () => {
    expect(chooseDataset(moons, "image", [])).toEqual({ dataset: { kind: "image", size: 3, n: 100 } });
    expect(chooseDataset(images, "circle", [])).toEqual({
      dataset: { kind: "points", name: "circle", n: 2000 },
    });
    expect(chooseDataset(images, "image", [])).toEqual({ dataset: images });
  });

  it("drawn: a blank pad when nothing was drawn, else the session's last drawing", () => {
    expect(chooseDataset(moons, "drawn", [])).toEqual({ blank: true });
    expect(chooseDataset(moons, "drawn", [1, 2])).toEqual({ dataset: { kind: "drawn", points: [1, 2] } });
    const drawn: DatasetSpec = { kind: "drawn", points: [3, 4] };
    expect(chooseDataset(drawn, "drawn", [1, 2])).toEqual({ dataset: drawn });
  });

  it("a drawn data set goes back to the recipe's point count", () => {
    const drawn: DatasetSpec = { kind: "drawn", points: [3, 4] };
    expect(chooseDataset(drawn, "moons", [])).toEqual({
      dataset: { kind: "points", name: "moons", n: 2000 },
    });
  });
});

describe("extendDrawing", () => {
  it("appends a stroke on the link's 1/100 grid, so the drawing survives a link exactly", () => {
    const drawing = extendDrawing([0.5, 0.25], [1.23456, -2.0001, 3.999, 0.004]);
    expect(drawing).toEqual([0.5, 0.25, 1.23, -2, 4, 0]);
    const settings = { ...DEFAULT_SETTINGS, dataset: { kind: "drawn" as const, points: drawing } };
    expect(decodeSettings(encodeSettings(settings)).settings.dataset).toEqual(settings.dataset);
  });

  it("drops points beyond the most a drawing may hold", () => {
    const full = Array.from({ length: 2 * MAX_DRAWING_POINTS - 2 }, () => 0);
    expect(extendDrawing(full, [1, 1, 2, 2, 3, 3])).toHaveLength(2 * MAX_DRAWING_POINTS);
  });
});

describe("shownChoice", () => {
  it("shows 'drawn' while a blank pad waits, else the data set's own entry", () => {
    expect(shownChoice(moons, true)).toBe("drawn");
    expect(shownChoice(moons, false)).toBe("moons");
    expect(shownChoice(images, false)).toBe("image");
  });
});
