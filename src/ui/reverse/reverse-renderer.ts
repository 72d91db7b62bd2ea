/**
 * Draws one frame of the reverse process on a canvas: the data faintly, the score field as arrows, the
 * trails of a few points from the start to the frame on show, the points x_t and their x̂_0. Called from
 * store subscriptions, so playback never renders React.
 */
import type { ScaleLinear } from "d3-scale";
import type { ReverseOverlays } from "../../state/slices/reverse-slice";
import type { FieldResult } from "../../worker/field";
import type { SampleResult } from "../../worker/sample";
import { prepareCanvas, themeColour } from "../forward/canvas";
import { DOMAIN, pointStyle, trailIndices } from "../forward/plot-geometry";
import type { PlotBox } from "../plot/PlotAxes";
import { markScale } from "../present/mark-scale";
import { arrowAt, arrowScale } from "./field-arrows";

/** What one frame shows. */
export interface ReverseScene {
  readonly result: SampleResult | null;
  readonly frame: number;
  /** The data set (2-D points), drawn faintly when the data overlay is on. */
  readonly data: Float32Array | null;
  readonly overlays: ReverseOverlays;
  /** The score field that belongs to the frame (see shownField), drawn when the field overlay is on. */
  readonly field: FieldResult | null;
}

const TRAIL_WIDTH = 1.75;
/** Trails fade from the start to the frame on show in this many steps of opacity. */
const TRAIL_BANDS = 8;
const HEAD_RADIUS = 4.5;

/** A renderer bound to one canvas; `draw` returns how many points of the frame lie outside the plot. */
export function createReverseRenderer(canvas: HTMLCanvasElement) {
  /** Presentation mode draws points and trails larger (see markScale); read once per frame. */
  let marks = 1;
  const colours = {
    data: themeColour("--data", "#56b4e9"),
    sample: themeColour("--sample", "#cc79a7"),
    trail: themeColour("--trail", "#009e73"),
    x0: themeColour("--warn", "#f0e442"),
    arrow: themeColour("--text-dim", "#b8c0cc"),
    background: themeColour("--panel", "#171b21"),
  };

  /** One path of dots, filled once: fast enough for a few thousand points per frame. */
  function dots(context: CanvasRenderingContext2D, values: Float32Array, scale: Scale, radius: number): void {
    const side = scale.range()[1] as number;
    context.beginPath();
    for (let i = 0; i + 1 < values.length; i += 2) {
      const x = scale(values[i] as number);
      const y = side - scale(values[i + 1] as number);
      context.moveTo(x + radius, y);
      context.arc(x, y, radius, 0, 2 * Math.PI);
    }
    context.fill();
  }

  function arrows(context: CanvasRenderingContext2D, field: FieldResult, scale: Scale): void {
    const { positions, score } = field;
    if (!score) return;
    const side = scale.range()[1] as number;
    const cell = side / Math.sqrt(positions.length / 2);
    const pxPerUnit = arrowScale(score, cell);
    context.strokeStyle = colours.arrow;
    context.fillStyle = colours.arrow;
    context.globalAlpha = 0.75;
    context.lineWidth = 1.25;
    for (let i = 0; i + 1 < positions.length; i += 2) {
      const x = scale(positions[i] as number);
      const y = side - scale(positions[i + 1] as number);
      const arrow = arrowAt(x, y, score[i] as number, score[i + 1] as number, pxPerUnit, cell);
      if (!arrow) continue;
      const angle = Math.atan2(arrow.y1 - arrow.y0, arrow.x1 - arrow.x0);
      context.beginPath();
      context.moveTo(arrow.x0, arrow.y0);
      context.lineTo(arrow.x1, arrow.y1);
      context.stroke();
      context.beginPath();
      context.moveTo(arrow.x1, arrow.y1);
      context.lineTo(arrow.x1 - 5 * Math.cos(angle - 0.45), arrow.y1 - 5 * Math.sin(angle - 0.45));
      context.lineTo(arrow.x1 - 5 * Math.cos(angle + 0.45), arrow.y1 - 5 * Math.sin(angle + 0.45));
      context.fill();
    }
  }

  function trails(
    context: CanvasRenderingContext2D,
    result: SampleResult,
    frame: number,
    scale: Scale,
  ): void {
    const side = scale.range()[1] as number;
    const { frames } = result.trajectory;
    const n = (frames[0]?.length ?? 0) / 2;
    const chosen = trailIndices(n);
    context.strokeStyle = colours.trail;
    context.lineWidth = TRAIL_WIDTH * marks;
    context.lineJoin = "round";
    // Older parts fade (in a few bands, one path each), so the direction of travel reads at a glance.
    const band = Math.max(1, Math.ceil(frame / TRAIL_BANDS));
    for (let start = 0; start < frame; start += band) {
      const end = Math.min(frame, start + band);
      context.globalAlpha = 0.12 + (0.78 * end) / frame;
      context.beginPath();
      for (const index of chosen) {
        for (let f = start; f <= end; f++) {
          const values = frames[f] as Float32Array;
          const x = scale(values[2 * index] as number);
          const y = side - scale(values[2 * index + 1] as number);
          if (f === start) context.moveTo(x, y);
          else context.lineTo(x, y);
        }
      }
      context.stroke();
    }
    context.globalAlpha = 1;
    context.fillStyle = colours.trail;
    context.strokeStyle = colours.background;
    context.lineWidth = 1.5;
    const current = frames[frame] as Float32Array;
    for (const index of chosen) {
      context.beginPath();
      const x = scale(current[2 * index] as number);
      const y = side - scale(current[2 * index + 1] as number);
      context.arc(x, y, HEAD_RADIUS * marks, 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    }
  }

  return {
    draw(scene: ReverseScene, scale: Scale, box: PlotBox): number {
      const context = prepareCanvas(canvas, box.width, box.height);
      if (!context) return 0;
      marks = markScale(canvas);
      const side = scale.range()[1] as number;
      context.save();
      context.translate(box.left, box.top);
      context.beginPath();
      context.rect(0, 0, side, side);
      context.clip();
      const { result, overlays, frame } = scene;
      if (overlays.data && scene.data) {
        context.fillStyle = colours.data;
        context.globalAlpha = 0.3;
        dots(context, scene.data, scale, 1.6);
      }
      if (overlays.field && scene.field) arrows(context, scene.field, scale);
      let outside = 0;
      const points = result?.dim === 2 ? result.trajectory.frames[frame] : undefined;
      if (result && points) {
        if (overlays.trails) trails(context, result, frame, scale);
        // x̂_0 under the points, so the points stay in view where the two overlap.
        const x0Hat = result.trajectory.x0Hats[frame];
        if (overlays.x0 && x0Hat) {
          context.fillStyle = colours.x0;
          context.globalAlpha = 0.5;
          dots(context, x0Hat, scale, 1.2);
        }
        const style = pointStyle(points.length / 2);
        context.fillStyle = colours.sample;
        context.globalAlpha = style.alpha;
        dots(context, points, scale, style.radius * marks);
        outside = countOutside(points);
      }
      context.restore();
      return outside;
    },
  };
}

type Scale = ScaleLinear<number, number>;

/** Points with either coordinate beyond the plot's extent. */
export function countOutside(points: Float32Array): number {
  let outside = 0;
  for (let i = 0; i + 1 < points.length; i += 2) {
    if (Math.abs(points[i] as number) > DOMAIN || Math.abs(points[i + 1] as number) > DOMAIN) outside += 1;
  }
  return outside;
}
