/**
 * An offscreen canvas of same-coloured dots at the plot's pixel density (pixelDensity), painted with `splat.ts` and
 * stamped onto the plot with one drawImage. Its buffers change only when the plot's size does.
 */
import { pixelDensity } from "../plot/canvas-density";
import { depthToRgba, discMask, splatDots, type DiscMask } from "./splat";

/** A CSS colour as RGB bytes, through the canvas's own colour parser. */
function rgbOf(colour: string): [number, number, number] {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return [255, 255, 255];
  context.fillStyle = colour;
  const hex = /^#([0-9a-f]{6})$/i.exec(context.fillStyle)?.[1] ?? "ffffff";
  return [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
}

export function createDotLayer(colour: string) {
  const rgb = rgbOf(colour);
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  let size = 0;
  let depth = new Float32Array(0);
  let image: ImageData | null = null;
  const masks = new Map<number, DiscMask>();
  return {
    /**
     * Paints the points (flat x, y) over the data domain [lo, hi]² onto `target` at (left, top), `side`
     * CSS px wide, as dots of `radius` CSS px and opacity `opacity`.
     */
    draw(
      target: CanvasRenderingContext2D,
      values: Float32Array,
      domain: readonly [number, number],
      box: { left: number; top: number; side: number },
      radius: number,
      opacity: number,
    ): void {
      if (!context) return;
      const dpr = pixelDensity();
      const wanted = Math.max(1, Math.round(box.side * dpr));
      if (wanted !== size || !image) {
        size = canvas.width = canvas.height = wanted;
        depth = new Float32Array(size * size);
        image = context.createImageData(size, size);
      }
      const radiusPx = Math.round(radius * dpr * 4) / 4;
      let mask = masks.get(radiusPx);
      if (!mask) masks.set(radiusPx, (mask = discMask(radiusPx)));
      depth.fill(0);
      splatDots(
        values,
        { size, lo: domain[0], pxPerUnit: size / (domain[1] - domain[0]) },
        mask,
        opacity,
        depth,
      );
      depthToRgba(depth, rgb, image.data);
      context.putImageData(image, 0, 0);
      target.drawImage(canvas, box.left, box.top, box.side, box.side);
    },
  };
}
