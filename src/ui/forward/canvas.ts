/** Canvas helpers shared by the point plot and the heat maps. */
import { pixelDensity } from "../plot/canvas-density";

/**
 * Sizes a canvas for `width` × `height` CSS px at the screen's pixel density (sharp on HiDPI screens and
 * projectors; an export's, while it draws the view), and returns its context drawing in CSS px. Resizing only when needed keeps frames cheap.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const dpr = pixelDensity();
  const pixelWidth = Math.max(1, Math.round(width * dpr));
  const pixelHeight = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}

/** A theme value (a CSS custom property of the root: a colour, a font), read once per renderer or picture. */
export function themeColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}
