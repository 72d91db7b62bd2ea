import { keepDrawn } from "../plot/canvas-density";
import { useEffect, useRef } from "react";
import type { AppState } from "../../state/store";
import { prepareCanvas } from "../forward/canvas";
import { HeatLegend } from "../forward/HeatLegend";
import { imageGridLayout } from "../forward/heatmap-layout";
import { drawHeatmaps } from "../forward/heatmap-renderer";
import { useApp, useAppStore } from "../store-context";

/** Room under the images for the caption and the colour legend, CSS px. */
export const IMAGE_EXTRAS_PX = 58;

const frameInputs = (s: AppState) => [s.reverse.result, s.reverseView.frame, s.reverseOverlays.x0] as const;

/** The images of a frame: x_t, or x̂_0 when that overlay is on and exists at the frame. */
function shownImages(s: AppState): { values: Float32Array; x0: boolean } | null {
  const trajectory = s.reverse.result?.trajectory;
  const frame = trajectory?.frames[s.reverseView.frame];
  if (!trajectory || !frame) return null;
  const x0Hat = trajectory.x0Hats[s.reverseView.frame];
  return s.reverseOverlays.x0 && x0Hat ? { values: x0Hat, x0: true } : { values: frame, x0: false };
}

/**
 * Image data sets: the first samples of the run as heat maps on the forward panel's fixed colour scale,
 * redrawn from store subscriptions as the frame moves.
 */
export function SampleImages({ side, imageSize }: { side: number; imageSize: number }) {
  const store = useAppStore();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const captionRef = useRef<HTMLParagraphElement>(null);
  const count = useApp((s) => (s.reverse.result?.samples.length ?? 0) / (imageSize * imageSize));

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const layout = imageGridLayout(count, imageSize, side);
    const draw = (): void => {
      const context = prepareCanvas(canvas, side, layout.height);
      const shown = shownImages(store.getState());
      if (captionRef.current) {
        captionRef.current.textContent = shown
          ? `${shown.x0 ? "x̂₀ predicted from" : "x_t of"} the first ${layout.images} samples`
          : "";
      }
      if (context && shown) drawHeatmaps(context, shown.values, layout);
    };
    return keepDrawn(store, canvas, frameInputs, draw);
  }, [store, side, imageSize, count]);

  return (
    <div className="reverse-images">
      <canvas
        ref={canvasRef}
        data-testid="reverse-canvas"
        data-export-name="Reverse heat maps x_t"
        style={{ width: side }}
        role="img"
        aria-label="Heat maps of the first samples at the frame on show"
      />
      <p ref={captionRef} className="reverse-caption" />
      <HeatLegend width={side} />
    </div>
  );
}
