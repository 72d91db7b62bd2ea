/**
 * Charts and canvases as PNG files, drawn at PROJECTOR_WIDTH pixels wide whatever their size on screen, so
 * they stay sharp on a slide: charts and axes are redrawn as vectors at that size, and canvas views draw
 * their points and heat maps again at the picture's density.
 */
import { withCanvasAt } from "../plot/canvas-density";
import { createCompositor } from "./compositor";
import { svgImage } from "./svg-document";

/** PNG exports are this many pixels wide (a 1080p projector). */
export const PROJECTOR_WIDTH = 1920;

const pngOf = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );

/** A chart as a PNG, rendered from its standalone SVG. */
export async function svgToPng(svg: SVGSVGElement, background: string): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const image = await svgImage(svg, background);
  const canvas = document.createElement("canvas");
  canvas.width = PROJECTOR_WIDTH;
  canvas.height = Math.max(1, Math.round((height * PROJECTOR_WIDTH) / Math.max(1, width)));
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw the picture");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return pngOf(canvas);
}

/** A canvas view (points, heat maps) as a PNG, with its SVG layers (axes, labels, legend) drawn too. */
export async function canvasToPng(
  canvas: HTMLCanvasElement,
  overlays: readonly SVGSVGElement[],
  background: string,
): Promise<Blob> {
  const compositor = await createCompositor(canvas, overlays, { width: PROJECTOR_WIDTH, background });
  withCanvasAt(canvas, compositor.scale, () => compositor.draw());
  return pngOf(compositor.target);
}
