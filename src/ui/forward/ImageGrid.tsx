import { keepDrawn } from "../plot/canvas-density";
import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from "react";
import type { AppState } from "../../state/store";
import { formatNumber } from "../controls/format";
import { useAppStore } from "../store-context";
import { HeatLegend } from "./HeatLegend";
import { pixelAt, pixelIndex, type PixelRef } from "./heatmap-layout";
import { createHeatmapRenderer, gridLayoutOf } from "./heatmap-renderer";

const HINT = "Hover a pixel to read its value";

const frameInputs = (s: AppState) => [s.forward, s.settings.t] as const;

/** What the readout says about a pixel of the frame on show. */
function describePixel(pixel: PixelRef, frame: Float32Array, imageSize: number): string {
  const value = frame[pixelIndex(pixel, imageSize)] as number;
  return `Image ${pixel.image + 1}, row ${pixel.row + 1}, column ${pixel.column + 1}: ${formatNumber(value)}`;
}

/**
 * The first images of the batch as heat maps with a fixed colour range; hovering (or the arrow keys)
 * reads one pixel's value. Redraws come from store subscriptions, and the readout's text is set with the
 * frame, so playback does not render React.
 */
export function ImageGrid({ side }: { side: number }) {
  const store = useAppStore();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const readoutRef = useRef<HTMLOutputElement>(null);
  const hovered = useRef<PixelRef | null>(null);
  const redraw = useRef<() => void>(() => undefined);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const renderer = createHeatmapRenderer(canvas);
    const draw = (): void => {
      const { forward, settings } = store.getState();
      const frame = renderer.draw(forward, settings.t, side, hovered.current);
      const layout = gridLayoutOf(forward, side);
      const pixel = hovered.current;
      if (readoutRef.current) {
        readoutRef.current.textContent =
          frame && layout && pixel && pixel.image < layout.images
            ? describePixel(pixel, frame, layout.imageSize)
            : HINT;
      }
    };
    redraw.current = draw;
    return keepDrawn(store, canvas, frameInputs, draw);
  }, [store, side]);

  const hover = (pixel: PixelRef | null): void => {
    hovered.current = pixel;
    redraw.current();
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>): void => {
    const layout = gridLayoutOf(store.getState().forward, side);
    const box = event.currentTarget.getBoundingClientRect();
    hover(layout && pixelAt(layout, event.clientX - box.left, event.clientY - box.top));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>): void => {
    const layout = gridLayoutOf(store.getState().forward, side);
    const size = layout?.imageSize ?? 1;
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -size, ArrowDown: size };
    const move = moves[event.key];
    if (!layout || move === undefined) return;
    // Arrows walk the pixels here, not t (the page's shortcut).
    event.preventDefault();
    event.stopPropagation();
    const current = hovered.current;
    const pixels = size * size;
    const total = layout.images * pixels;
    // Keys walk the shown pixels in reading order, from one image into the next; the first press starts
    // at the centre of the first image.
    const flat = current ? (pixelIndex(current, size) + move + total) % total : Math.floor(pixels / 2);
    const within = flat % pixels;
    hover({ image: Math.floor(flat / pixels), row: Math.floor(within / size), column: within % size });
  };

  return (
    <div className="image-grid">
      <canvas
        ref={canvasRef}
        data-testid="forward-canvas"
        data-export-name="Forward heat maps x_t"
        tabIndex={0}
        role="img"
        aria-label="Heat maps of the first images of the batch at the current t; arrow keys read one pixel after another"
        style={{ width: side }}
        onPointerMove={onPointerMove}
        onPointerLeave={() => hover(null)}
        onKeyDown={onKeyDown}
        onBlur={() => hover(null)}
      />
      <output ref={readoutRef} className="pixel-readout" aria-live="off">
        {HINT}
      </output>
      <HeatLegend width={side} />
    </div>
  );
}
