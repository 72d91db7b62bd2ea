/**
 * The heat maps' fixed colour scale: viridis (colour-blind safe, readable in greyscale) over one range for
 * every t, so a pixel's colour always means the same value. ±2 covers 95% of N(0, 1) noise and leaves
 * the clean image's 0 and 1 clearly apart; values beyond are clamped and the legend says so.
 */
import { interpolateViridis } from "d3-scale-chromatic";

export const HEAT_MIN = -2;
export const HEAT_MAX = 2;

/** Colours precomputed once, so drawing a frame looks colours up instead of building strings. */
const LEVELS = 256;
const TABLE: readonly string[] = Array.from({ length: LEVELS }, (_, k) =>
  interpolateViridis(k / (LEVELS - 1)),
);

/** The level (0..LEVELS − 1) of a value on the clamped scale; NaN takes the lowest. */
export function heatLevel(value: number): number {
  const fraction = (value - HEAT_MIN) / (HEAT_MAX - HEAT_MIN);
  if (!(fraction > 0)) return 0;
  return Math.min(LEVELS - 1, Math.round(fraction * (LEVELS - 1)));
}

/** The CSS colour of a value. */
export const heatColour = (value: number): string => TABLE[heatLevel(value)] as string;

/** Colour stops for the legend's gradient, low to high. */
export const legendStops = (count = 9): { offset: number; colour: string }[] =>
  Array.from({ length: count }, (_, k) => ({
    offset: k / (count - 1),
    colour: interpolateViridis(k / (count - 1)),
  }));
