/**
 * Charts and canvases as files. An SVG chart is styled by the page's CSS, which a standalone file does not
 * have, so the export copies each element's computed presentation styles inline. PNGs are drawn at
 * PROJECTOR_WIDTH pixels wide, whatever the size on screen, so they stay sharp on a slide.
 */

/** PNG exports are this many pixels wide (a 1080p projector). */
export const PROJECTOR_WIDTH = 1920;

/** The computed styles an SVG needs to look the same outside the page. */
const SVG_STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
] as const;

/** A standalone SVG document of a chart on the page, with its styles inlined and a background. */
export function svgDocument(svg: SVGSVGElement, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll("*")];
  const targets = [copy, ...copy.querySelectorAll("*")];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(source);
    const style = SVG_STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
    target.setAttribute("style", style);
  });
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  if (!copy.getAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const backdrop = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  backdrop.setAttribute("width", "100%");
  backdrop.setAttribute("height", "100%");
  backdrop.setAttribute("fill", background);
  copy.insertBefore(backdrop, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** Draws an image source scaled to PROJECTOR_WIDTH onto a new canvas and encodes it as PNG. */
async function pngOf(source: CanvasImageSource, width: number, height: number, background: string) {
  const scale = PROJECTOR_WIDTH / Math.max(1, width);
  const canvas = document.createElement("canvas");
  canvas.width = PROJECTOR_WIDTH;
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw the image");
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingQuality = "high";
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

/** A chart as a PNG, rendered from its standalone SVG. */
export async function svgToPng(svg: SVGSVGElement, background: string): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([svgDocument(svg, background)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return await pngOf(image, width, height, background);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A canvas view (points, heat maps) as a PNG, with the SVG layers stacked on it (axes, labels) drawn too. */
export async function canvasToPng(
  canvas: HTMLCanvasElement,
  overlays: readonly SVGSVGElement[],
  background: string,
): Promise<Blob> {
  const box = canvas.getBoundingClientRect();
  const composite = document.createElement("canvas");
  composite.width = canvas.width;
  composite.height = canvas.height;
  const context = composite.getContext("2d");
  if (!context) throw new Error("this browser cannot draw the image");
  context.drawImage(canvas, 0, 0);
  for (const overlay of overlays) {
    const url = URL.createObjectURL(
      new Blob([svgDocument(overlay, "transparent")], { type: "image/svg+xml" }),
    );
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const at = overlay.getBoundingClientRect();
      const sx = canvas.width / box.width;
      const sy = canvas.height / box.height;
      context.drawImage(
        image,
        (at.left - box.left) * sx,
        (at.top - box.top) * sy,
        at.width * sx,
        at.height * sy,
      );
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return pngOf(composite, box.width, box.height, background);
}
