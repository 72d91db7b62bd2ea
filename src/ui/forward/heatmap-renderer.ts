/**
 * Draws the first images of a batch as heat maps on a fixed colour scale; buffers are made once per run.
 * The reverse panel paints its samples with the same drawHeatmaps.
 */
import { frameAt, sampleCountOf } from "../../state/slices/forward-frame";
import type { ForwardResult } from "../../worker/forward";
import { prepareCanvas, themeColour } from "./canvas";
import { heatColour } from "./heat-colours";
import { imageGridLayout, imageOrigin, type ImageGridLayout, type PixelRef } from "./heatmap-layout";

/** The grid a run's images take within `side` CSS px (null for point data), for drawing and hit tests. */
export function gridLayoutOf(result: ForwardResult | null, side: number): ImageGridLayout | null {
  if (!result?.imageSize) return null;
  return imageGridLayout(sampleCountOf(result), result.imageSize, side);
}

/**
 * Paints the layout's images as heat maps on the fixed colour scale: `values` holds one image per row,
 * imageSize² pixels each, row by row (the forward batch's x_t, the reverse run's samples or x̂_0).
 */
export function drawHeatmaps(
  context: CanvasRenderingContext2D,
  values: Float32Array,
  layout: ImageGridLayout,
): void {
  const { imageSize: size, cell } = layout;
  for (let k = 0; k < layout.images; k++) {
    const origin = imageOrigin(layout, k);
    for (let row = 0; row < size; row++) {
      for (let column = 0; column < size; column++) {
        context.fillStyle = heatColour(values[k * size * size + row * size + column] as number);
        context.fillRect(origin.x + column * cell, origin.y + row * cell, cell, cell);
      }
    }
  }
}

/** A renderer bound to one canvas. `draw` returns the frame it drew (for the hover readout), or null. */
export function createHeatmapRenderer(canvas: HTMLCanvasElement) {
  const highlight = themeColour("--accent", "#e69f00");
  let run: { result: ForwardResult; frame: Float32Array } | null = null;
  return {
    draw(
      result: ForwardResult | null,
      t: number,
      side: number,
      hovered: PixelRef | null,
    ): Float32Array | null {
      const layout = gridLayoutOf(result, side);
      const context = prepareCanvas(canvas, side, layout ? layout.height : side);
      if (!context || !result || !layout) return null;
      if (run?.result !== result)
        run = { result, frame: new Float32Array(result.dim * sampleCountOf(result)) };
      const frame = frameAt(result, t, run.frame);
      drawHeatmaps(context, frame, layout);
      if (hovered && hovered.image < layout.images) {
        const origin = imageOrigin(layout, hovered.image);
        context.strokeStyle = highlight;
        context.lineWidth = 2;
        context.strokeRect(
          origin.x + hovered.column * layout.cell + 1,
          origin.y + hovered.row * layout.cell + 1,
          layout.cell - 2,
          layout.cell - 2,
        );
      }
      return frame;
    },
  };
}
