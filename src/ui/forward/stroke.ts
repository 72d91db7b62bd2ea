/**
 * Turning pointer moves into drawn points: a stroke drops a point every STROKE_SPACING data units along
 * the pen's path (not one per pointer event), so a slow and a fast stroke of the same shape give the same
 * density of points.
 */

/** Distance between neighbouring points of a stroke, in data units (about 3 px on the plot). */
export const STROKE_SPACING = 0.12;

/**
 * The points to add as the pen moves from `from` (the last point dropped) to `to`, evenly spaced along
 * the segment, flat x, y pairs; the last one dropped is where the next move continues from.
 */
export function pointsAlong(
  from: readonly [number, number],
  to: readonly [number, number],
  spacing = STROKE_SPACING,
): number[] {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const steps = Math.floor(Math.hypot(dx, dy) / spacing);
  const points: number[] = [];
  const unit = Math.hypot(dx, dy) || 1;
  for (let k = 1; k <= steps; k++) {
    points.push(from[0] + (dx / unit) * spacing * k, from[1] + (dy / unit) * spacing * k);
  }
  return points;
}
