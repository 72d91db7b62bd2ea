/**
 * How many device pixels a canvas view spends per CSS pixel: the screen's density, or, while an export
 * draws the view for a slide, the density of the exported picture, so points and heat maps are drawn sharp
 * at 1920 px instead of being scaled up from the screen's pixels.
 */
import { sameParts } from "../../state/slices/same-parts";
import type { AppState, AppStore } from "../../state/store";

/** An export never asks for more than this many device pixels per CSS pixel (buffers stay bounded). */
export const MAX_EXPORT_DENSITY = 16;

let exportDensity: number | null = null;

/** Device pixels per CSS pixel for canvas drawing now. */
export const pixelDensity = (): number => exportDensity ?? (globalThis.devicePixelRatio || 1);

/** How each canvas view on the page draws itself, so an export can have it drawn again at its density. */
const redraws = new WeakMap<HTMLCanvasElement, () => void>();

/**
 * Draws a canvas view now, again whenever the store values it shows change (without rendering React), and
 * whenever an export asks; returns the function that stops all three.
 */
export function keepDrawn<T extends readonly unknown[]>(
  store: AppStore,
  canvas: HTMLCanvasElement,
  frameInputs: (state: AppState) => T,
  draw: () => void,
): () => void {
  draw();
  redraws.set(canvas, draw);
  const stop = store.subscribe(frameInputs, draw, { equalityFn: sameParts });
  return () => {
    stop();
    if (redraws.get(canvas) === draw) redraws.delete(canvas);
  };
}

/**
 * Runs `work` with `canvas` drawn at `density` device pixels per CSS pixel (capped), then draws it again at
 * the screen's. A canvas that is not a registered view is used as it is.
 */
export function withCanvasAt<R>(canvas: HTMLCanvasElement, density: number, work: () => R): R {
  const draw = redraws.get(canvas);
  if (!draw) return work();
  exportDensity = Math.min(MAX_EXPORT_DENSITY, Math.max(1, density));
  try {
    draw();
    return work();
  } finally {
    exportDensity = null;
    draw();
  }
}
