/**
 * How much presentation mode enlarges the marks canvases draw (points, trails): the element's inherited
 * `--mark-scale` (set on `.app.present`), or 1. Canvases read it per frame, as they read the theme colours.
 */
export function markScale(element: Element): number {
  const value = Number.parseFloat(getComputedStyle(element).getPropertyValue("--mark-scale"));
  return Number.isFinite(value) && value > 0 ? value : 1;
}
