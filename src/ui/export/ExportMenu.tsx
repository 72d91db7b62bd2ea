import { useRef, useState } from "react";
import { download, fileNameFor } from "./download";
import { canvasToPng, svgDocument, svgToPng } from "./images";

/** A file a panel offers besides its pictures (a table, weights): made when chosen, not before. */
export interface DataExport {
  readonly label: string;
  readonly make: () => { blob: Blob; fileName: string } | Promise<{ blob: Blob; fileName: string }>;
}

/** One entry of the menu. */
interface Item {
  readonly label: string;
  readonly run: () => Promise<void>;
}

/** Exported pictures get the page's background, so light strokes stay visible. */
const background = (): string =>
  getComputedStyle(document.documentElement).getPropertyValue("--panel").trim() || "#171b21";

/**
 * The pictures a panel shows right now, found when the menu opens: every labelled chart (SVG) as PNG and
 * SVG, every labelled canvas as PNG with the SVG layers over it (axes) drawn in.
 */
function pictureItems(panel: HTMLElement): Item[] {
  const items: Item[] = [];
  for (const canvas of panel.querySelectorAll<HTMLCanvasElement>("canvas[aria-label]")) {
    const label = canvas.getAttribute("aria-label") ?? "view";
    const overlays = [...(canvas.parentElement?.querySelectorAll<SVGSVGElement>(":scope > svg") ?? [])];
    items.push({
      label: `${label} (PNG)`,
      run: async () => download(await canvasToPng(canvas, overlays, background()), fileNameFor(label, "png")),
    });
  }
  for (const svg of panel.querySelectorAll<SVGSVGElement>("svg[aria-label]")) {
    const label = svg.getAttribute("aria-label") ?? "chart";
    items.push(
      {
        label: `${label} (PNG)`,
        run: async () => download(await svgToPng(svg, background()), fileNameFor(label, "png")),
      },
      {
        label: `${label} (SVG)`,
        run: async () =>
          download(
            new Blob([svgDocument(svg, background())], { type: "image/svg+xml" }),
            fileNameFor(label, "svg"),
          ),
      },
    );
  }
  return items;
}

/** The Export button of a panel and its menu of pictures and data files. */
export function ExportMenu({ panelName, data = [] }: { panelName: string; data?: readonly DataExport[] }) {
  const [items, setItems] = useState<Item[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = (): void => {
    const panel = button.current?.closest("section");
    if (!(panel instanceof HTMLElement)) return;
    const files = data.map((d) => ({
      label: d.label,
      run: async () => {
        const { blob, fileName } = await d.make();
        download(blob, fileName);
      },
    }));
    setFailure(null);
    setItems([...pictureItems(panel), ...files]);
  };
  const choose = async (item: Item): Promise<void> => {
    setItems(null);
    try {
      await item.run();
    } catch (error) {
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={items !== null}
        aria-label={`Export from ${panelName}`}
        onClick={() => (items ? setItems(null) : open())}
      >
        Export
      </button>
      {items && (
        <ul
          role="menu"
          aria-label={`Export from ${panelName}`}
          onKeyDown={(e) => e.key === "Escape" && setItems(null)}
        >
          {items.length === 0 && <li role="none">Nothing to export yet</li>}
          {items.map((item) => (
            <li role="none" key={item.label}>
              <button type="button" role="menuitem" onClick={() => void choose(item)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
