import { describe, expect, it } from "vitest";
import { fileNameFor } from "./download";

describe("export file names", () => {
  it("spell out the Greek of chart labels and keep only safe characters", () => {
    expect(fileNameFor("β_t for t = 1 to 200", "png")).toBe("diffusion-beta-t-for-t-1-to-200.png");
    expect(fileNameFor("ᾱ_t, √ᾱ_t and √(1 − ᾱ_t)", "svg")).toBe(
      "diffusion-alpha-bar-t-sqrt-alpha-bar-t-and-sqrt-1-alpha-bar-t.svg",
    );
    expect(fileNameFor("Noise MSE per t", "csv")).toBe("diffusion-noise-mse-per-t.csv");
    expect(fileNameFor("∅", "json")).toBe("diffusion-export.json");
  });
});
