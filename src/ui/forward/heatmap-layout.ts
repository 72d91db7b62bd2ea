/**
 * Where the images of a batch sit in the heat-map grid, and which pixel a pointer is over. Pure numbers,
 * so the hover readout's hit test is tested in Node.
 */

/** At most this many images of the batch are shown (3 × 3). */
export const MAX_SHOWN_IMAGES = 9;
/** Gap between images, CSS px. */
export const IMAGE_GAP = 8;

export interface ImageGridLayout {
  readonly images: number;
  readonly columns: number;
  readonly rows: number;
  readonly imageSize: number;
  /** Side of one image pixel, CSS px. */
  readonly cell: number;
  /** Side of one image, CSS px. */
  readonly imageSide: number;
  /** Width and height of the whole grid, CSS px. */
  readonly width: number;
  readonly height: number;
}

/** The grid for `count` images of imageSize² pixels within `side` CSS px (square grids: 1, 4 or 9). */
export function imageGridLayout(count: number, imageSize: number, side: number): ImageGridLayout {
  const images = Math.max(0, Math.min(MAX_SHOWN_IMAGES, count));
  const columns = Math.max(1, Math.ceil(Math.sqrt(images)));
  const rows = Math.max(1, Math.ceil(images / columns));
  const cell = Math.max(1, Math.floor((side - (columns - 1) * IMAGE_GAP) / (columns * imageSize)));
  const imageSide = cell * imageSize;
  return {
    images,
    columns,
    rows,
    imageSize,
    cell,
    imageSide,
    width: columns * imageSide + (columns - 1) * IMAGE_GAP,
    height: rows * imageSide + (rows - 1) * IMAGE_GAP,
  };
}

/** Top-left corner of image k, CSS px. */
export function imageOrigin(layout: ImageGridLayout, k: number): { readonly x: number; readonly y: number } {
  const step = layout.imageSide + IMAGE_GAP;
  return { x: (k % layout.columns) * step, y: Math.floor(k / layout.columns) * step };
}

/** A pixel of one image of the batch. */
export interface PixelRef {
  readonly image: number;
  readonly row: number;
  readonly column: number;
}

/** The pixel under (x, y) CSS px from the grid's corner, or null over a gap or outside. */
export function pixelAt(layout: ImageGridLayout, x: number, y: number): PixelRef | null {
  const step = layout.imageSide + IMAGE_GAP;
  const gridColumn = Math.floor(x / step);
  const gridRow = Math.floor(y / step);
  const image = gridRow * layout.columns + gridColumn;
  if (x < 0 || y < 0 || gridColumn >= layout.columns || image >= layout.images) return null;
  const inX = x - gridColumn * step;
  const inY = y - gridRow * step;
  if (inX >= layout.imageSide || inY >= layout.imageSide) return null;
  return { image, row: Math.floor(inY / layout.cell), column: Math.floor(inX / layout.cell) };
}

/** Index of a pixel's value in a flat batch (one image per row, pixels row by row). */
export const pixelIndex = (pixel: PixelRef, imageSize: number): number =>
  pixel.image * imageSize * imageSize + pixel.row * imageSize + pixel.column;
