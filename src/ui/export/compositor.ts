/**
 * A canvas view and the SVG layers that belong to it (axes and tick labels stacked on it, a colour legend
 * under it) drawn as one picture at a chosen width: for PNGs at projector resolution and for the frames of
 * an animation. The layers are decoded once; each `draw` copies the canvas as it is at that moment.
 */
import { themeColour } from "../forward/canvas";
import { svgImage } from "./svg-document";

export interface Compositor {
  readonly target: HTMLCanvasElement;
  /** The picture's pixels per CSS pixel of the view. */
  readonly scale: number;
  /** Draws the canvas as it is now with its layers, and the caption (if any) in a band under them. */
  draw(caption?: string): void;
}

export interface CompositorOptions {
  /** Pixels wide; the height follows the view's proportions. */
  readonly width: number;
  /** At most this many pixels in all: a tall view is made narrower (video encoders have a budget). */
  readonly maxPixels?: number;
  readonly background: string;
  /** Leave a band for a caption under the picture (animations say which t is on show). */
  readonly caption?: boolean;
  /** Round the height to an even number of pixels (video encoders want that). */
  readonly evenHeight?: boolean;
  /** How the canvas's pixels are scaled up: "high" by default; video frames take "low", 4× cheaper. */
  readonly smoothing?: ImageSmoothingQuality;
}

/** The caption band's height as a share of the picture's width. */
const CAPTION_SHARE = 0.06;

/** The SVG layers of a canvas view: the SVGs beside it in its own box (see ReversePlot, ImageGrid). */
export function layersOf(canvas: HTMLCanvasElement): SVGSVGElement[] {
  return [...(canvas.parentElement?.querySelectorAll<SVGSVGElement>(":scope > svg") ?? [])];
}

export async function createCompositor(
  canvas: HTMLCanvasElement,
  overlays: readonly SVGSVGElement[],
  options: CompositorOptions,
): Promise<Compositor> {
  const box = canvas.getBoundingClientRect();
  const layers = await Promise.all(
    overlays.map(async (svg) => ({
      at: svg.getBoundingClientRect(),
      image: await svgImage(svg, "transparent"),
    })),
  );
  const boxes = [box, ...layers.map(({ at }) => at)];
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  const aspect = (bottom - top) / Math.max(1, right - left);
  const band = options.caption ? CAPTION_SHARE : 0;
  const affordable = Math.sqrt((options.maxPixels ?? Infinity) / (aspect + band));
  const width = 2 * Math.floor(Math.min(options.width, affordable) / 2);
  const scale = width / Math.max(1, right - left);
  const captionPx = options.caption ? Math.round(CAPTION_SHARE * width) : 0;
  const height = Math.round((bottom - top) * scale) + captionPx;
  const target = document.createElement("canvas");
  target.width = width;
  target.height = options.evenHeight ? height + (height % 2) : height;
  const context = target.getContext("2d");
  if (!context) throw new Error("this browser cannot draw the picture");
  const place = (at: DOMRect) =>
    [(at.left - left) * scale, (at.top - top) * scale, at.width * scale, at.height * scale] as const;
  // The layers do not change between frames: drawn once into a bitmap of their own, not once per frame.
  const layerCanvas = document.createElement("canvas");
  layerCanvas.width = target.width;
  layerCanvas.height = target.height;
  const layerContext = layerCanvas.getContext("2d");
  for (const { image, at } of layers) layerContext?.drawImage(image, ...place(at));
  const text = themeColour("--text", "#eef1f5");
  const font = `${Math.round(captionPx * 0.5)}px ${themeColour("--font-text", "sans-serif")}`;
  return {
    target,
    scale,
    draw(caption) {
      context.fillStyle = options.background;
      context.fillRect(0, 0, target.width, target.height);
      context.imageSmoothingQuality = options.smoothing ?? "high";
      context.drawImage(canvas, ...place(box));
      context.drawImage(layerCanvas, 0, 0);
      if (!caption || captionPx === 0) return;
      context.fillStyle = text;
      context.font = font;
      context.textAlign = "center";
      context.textBaseline = "middle";
      context.fillText(caption, target.width / 2, target.height - captionPx / 2, target.width - captionPx);
    },
  };
}
