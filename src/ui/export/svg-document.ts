/**
 * A chart on the page as a standalone SVG. The page's CSS styles the chart, and a standalone file does not
 * have it, so each element's computed presentation styles are copied inline.
 */
import { themeColour } from "../forward/canvas";

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

/** The page's panel colour: exported pictures get it as background, so light strokes stay visible. */
export const pageBackground = (): string => themeColour("--panel", "#171b21");

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

/** The chart as a decoded image, which a canvas draws sharply at any size (it stays vector). */
export async function svgImage(svg: SVGSVGElement, background: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgDocument(svg, background)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}
