/**
 * Draws one frame of the forward process on a canvas: marginal histograms along the bottom and left
 * edges, the points x_t, and the trails of a few highlighted points. Buffers are made once per forward run
 * (not per frame), so playing 10 000 points allocates nothing per frame.
 */
import type { ScaleLinear } from "d3-scale";
import { frameAt, runLength, sampleCountOf, subsetOf } from "../../state/slices/forward-frame";
import type { ForwardResult } from "../../worker/forward";
import { markScale } from "../present/mark-scale";
import { prepareCanvas, themeColour } from "./canvas";
import { barFraction, binAxis, standardNormalDensity } from "./histogram";
import { createDotLayer } from "./dot-layer";
import { DOMAIN, pointStyle, trailIndices, trailSteps, TRAIL_SAMPLES } from "./plot-geometry";

/** What one frame shows. */
export interface PointScene {
  readonly result: ForwardResult | null;
  readonly t: number;
  /** An empty drawing pad: nothing of the previous data set is drawn. */
  readonly blank: boolean;
  /** Also draw x_0 faintly (while drawing, so the pen's strokes are visible whatever t is). */
  readonly showClean: boolean;
  /** Points of a stroke still being drawn (flat x, y), shown before they join the data set. */
  readonly stroke: readonly number[];
}

/** Height of the marginal histogram strips, CSS px. */
const HISTOGRAM_PX = 40;
const BINS = 60;

/** Buffers sized for one forward run. */
interface RunBuffers {
  readonly result: ForwardResult;
  readonly n: number;
  readonly frame: Float32Array;
  readonly clean: Float32Array;
  readonly highlighted: ForwardResult;
  readonly highlightedFrame: Float32Array;
  /** Trail positions: highlighted point k at trail sample j is (2(k·S + j), 2(k·S + j) + 1). */
  readonly trails: Float32Array;
}

function buffersFor(result: ForwardResult): RunBuffers {
  const n = sampleCountOf(result);
  const values = n * result.dim;
  const indices = trailIndices(n);
  return {
    result,
    n,
    frame: new Float32Array(values),
    clean: new Float32Array(values),
    highlighted: subsetOf(result, indices),
    highlightedFrame: new Float32Array(indices.length * result.dim),
    trails: new Float32Array(indices.length * TRAIL_SAMPLES * 2),
  };
}

/** A renderer bound to one canvas; `draw` paints a scene at `side` CSS px with `scale` mapping data to px. */
export function createPointRenderer(canvas: HTMLCanvasElement) {
  const colours = {
    data: themeColour("--data", "#56b4e9"),
    trail: themeColour("--trail", "#009e73"),
    dim: themeColour("--text-dim", "#b8c0cc"),
    background: themeColour("--panel", "#171b21"),
  };
  const xCounts = new Float64Array(BINS);
  const yCounts = new Float64Array(BINS);
  const steps = new Int32Array(TRAIL_SAMPLES);
  const dataDots = createDotLayer(colours.data);
  const cleanDots = createDotLayer(colours.dim);
  let buffers: RunBuffers | null = null;
  /** Presentation mode draws points and trails larger (see markScale); read once per frame. */
  let marks = 1;

  function drawHistograms(
    context: CanvasRenderingContext2D,
    values: Float32Array,
    n: number,
    side: number,
  ): void {
    binAxis(values, 2, 0, -DOMAIN, DOMAIN, xCounts);
    binAxis(values, 2, 1, -DOMAIN, DOMAIN, yCounts);
    const binWidth = (2 * DOMAIN) / BINS;
    const binPx = side / BINS;
    context.fillStyle = colours.data;
    context.globalAlpha = 0.45;
    context.beginPath();
    for (let b = 0; b < BINS; b++) {
      const xHeight = barFraction(xCounts[b] as number, n, binWidth) * HISTOGRAM_PX;
      context.rect(b * binPx, side - xHeight, binPx, xHeight);
      const yWidth = barFraction(yCounts[b] as number, n, binWidth) * HISTOGRAM_PX;
      context.rect(0, side - (b + 1) * binPx, yWidth, binPx);
    }
    context.fill();
    // The N(0, 1) density both marginals approach, on the same fixed scale.
    context.globalAlpha = 0.9;
    context.strokeStyle = colours.dim;
    context.lineWidth = 1.25;
    context.setLineDash([4, 3]);
    context.beginPath();
    for (let px = 0; px <= side; px += 2) {
      const height = barFraction(standardNormalDensity((px / side) * 2 * DOMAIN - DOMAIN), 1, 1);
      context.lineTo(px, side - height * HISTOGRAM_PX);
    }
    context.moveTo(0, side);
    for (let px = 0; px <= side; px += 2) {
      const width = barFraction(standardNormalDensity((px / side) * 2 * DOMAIN - DOMAIN), 1, 1);
      context.lineTo(width * HISTOGRAM_PX, side - px);
    }
    context.stroke();
    context.setLineDash([]);
  }

  function drawTrails(
    context: CanvasRenderingContext2D,
    run: RunBuffers,
    t: number,
    T: number,
    scale: ScaleLinear<number, number>,
  ): void {
    const count = trailSteps(t, T, steps);
    const points = run.highlightedFrame.length / 2;
    for (let j = 0; j < count; j++) {
      const positions = frameAt(run.highlighted, steps[j] as number, run.highlightedFrame);
      for (let k = 0; k < points; k++) {
        run.trails[2 * (k * TRAIL_SAMPLES + j)] = positions[2 * k] as number;
        run.trails[2 * (k * TRAIL_SAMPLES + j) + 1] = positions[2 * k + 1] as number;
      }
    }
    const side = scale.range()[1] as number;
    const x = (k: number, j: number) => scale(run.trails[2 * (k * TRAIL_SAMPLES + j)] as number);
    const y = (k: number, j: number) => side - scale(run.trails[2 * (k * TRAIL_SAMPLES + j) + 1] as number);
    context.strokeStyle = colours.trail;
    context.lineWidth = 2 * marks;
    context.lineCap = "round";
    for (let k = 0; k < points; k++) {
      // Older parts fade, so the direction of travel reads at a glance.
      for (let j = 1; j < count; j++) {
        context.globalAlpha = 0.15 + (0.85 * j) / (count - 1);
        context.beginPath();
        context.moveTo(x(k, j - 1), y(k, j - 1));
        context.lineTo(x(k, j), y(k, j));
        context.stroke();
      }
    }
    context.globalAlpha = 1;
    context.fillStyle = colours.trail;
    context.strokeStyle = colours.background;
    context.lineWidth = 1.5;
    for (let k = 0; k < points; k++) {
      context.beginPath();
      context.arc(x(k, count - 1), y(k, count - 1), 4.5 * marks, 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    }
  }

  function drawStroke(
    context: CanvasRenderingContext2D,
    stroke: readonly number[],
    scale: ScaleLinear<number, number>,
  ): void {
    const side = scale.range()[1] as number;
    context.globalAlpha = 1;
    context.fillStyle = colours.data;
    context.beginPath();
    for (let i = 0; i + 1 < stroke.length; i += 2) {
      const px = scale(stroke[i] as number);
      const py = side - scale(stroke[i + 1] as number);
      context.moveTo(px + 3, py);
      context.arc(px, py, 3, 0, 2 * Math.PI);
    }
    context.fill();
  }

  return {
    /**
     * Paints a scene. The canvas spans the whole plot box (axes included, so an exported PNG with the SVG
     * on top is complete); the plot's square starts at (box.left, box.top) and is `scale.range()[1]` px wide.
     */
    draw(
      scene: PointScene,
      scale: ScaleLinear<number, number>,
      box: { width: number; height: number; left: number; top: number },
    ): void {
      const side = scale.range()[1] as number;
      const context = prepareCanvas(canvas, box.width, box.height);
      if (!context) return;
      marks = markScale(canvas);
      context.save();
      context.translate(box.left, box.top);
      context.beginPath();
      context.rect(0, 0, side, side);
      context.clip();
      const result = scene.result;
      if (!scene.blank && result && result.dim === 2) {
        if (buffers?.result !== result) buffers = buffersFor(result);
        const frame = frameAt(result, scene.t, buffers.frame);
        drawHistograms(context, frame, buffers.n, side);
        const square = { left: 0, top: 0, side };
        if (scene.showClean) {
          cleanDots.draw(context, frameAt(result, 0, buffers.clean), [-DOMAIN, DOMAIN], square, 2, 0.35);
        }
        const style = pointStyle(buffers.n);
        dataDots.draw(context, frame, [-DOMAIN, DOMAIN], square, style.radius * marks, style.alpha);
        // The run's own T: a run computed before T changed still draws until the new one arrives.
        const T = runLength(result);
        drawTrails(context, buffers, Math.min(scene.t, T), T, scale);
      }
      drawStroke(context, scene.stroke, scale);
      context.restore();
    },
  };
}
