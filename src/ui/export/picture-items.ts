/**
 * The pictures a panel shows right now, found when its Export menu opens: every labelled chart (SVG) as
 * PNG and SVG, every labelled canvas as PNG with its SVG layers (axes, legend) drawn in. A picture is named
 * by its `data-export-name` when its accessible name is a long description.
 */
import { layersOf } from "./compositor";
import { fileNameFor } from "./download";
import { canvasToPng, svgToPng } from "./images";
import { pageBackground, svgDocument } from "./svg-document";
import type { DataExport } from "./types";

const nameOf = (element: Element, fallback: string): string =>
  element.getAttribute("data-export-name") ?? element.getAttribute("aria-label") ?? fallback;

export function pictureExports(panel: HTMLElement): DataExport[] {
  const background = pageBackground();
  const items: DataExport[] = [];
  for (const canvas of panel.querySelectorAll<HTMLCanvasElement>("canvas[aria-label]")) {
    const name = nameOf(canvas, "view");
    items.push({
      label: `${name} (PNG)`,
      make: async () => ({
        blob: await canvasToPng(canvas, layersOf(canvas), background),
        fileName: fileNameFor(name, "png"),
      }),
    });
  }
  for (const svg of panel.querySelectorAll<SVGSVGElement>("svg[aria-label]")) {
    const name = nameOf(svg, "chart");
    items.push(
      {
        label: `${name} (PNG)`,
        make: async () => ({ blob: await svgToPng(svg, background), fileName: fileNameFor(name, "png") }),
      },
      {
        label: `${name} (SVG)`,
        make: () => ({
          blob: new Blob([svgDocument(svg, background)], { type: "image/svg+xml" }),
          fileName: fileNameFor(name, "svg"),
        }),
      },
    );
  }
  return items;
}
