import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { ScaleLinear } from "d3-scale";
import { useAppStore } from "../store-context";
import { DOMAIN } from "./plot-geometry";
import { pointsAlong } from "./stroke";

/** Arrow keys move the keyboard pen this far (data units); with Shift, four times as far. */
const PEN_STEP = 0.25;

/**
 * The drawing pad: a pointer drag drops evenly spaced points along its path and adds them to the drawing
 * when the pen lifts (one data set change per stroke, not per move, so the worker is not flooded). The
 * keyboard path: arrow keys move a pen cross, Enter or Space drops a point there.
 * `onStroke` is told of every change to the stroke in progress, so the canvas can show it at once.
 */
export function useDrawing(
  scale: ScaleLinear<number, number>,
  onStroke: (stroke: readonly number[]) => void,
) {
  const store = useAppStore();
  const stroke = useRef<number[]>([]);
  const last = useRef<[number, number] | null>(null);
  const [pen, setPen] = useState<[number, number]>([0, 0]);

  const toData = (event: PointerEvent<SVGElement>): [number, number] => {
    const box = event.currentTarget.getBoundingClientRect();
    const side = scale.range()[1] as number;
    return [scale.invert(event.clientX - box.left), scale.invert(side - (event.clientY - box.top))];
  };

  const finish = (): void => {
    if (last.current === null) return;
    const points = stroke.current;
    stroke.current = [];
    last.current = null;
    onStroke(stroke.current);
    store.getState().addStroke(points);
  };

  return {
    pen,
    pointerHandlers: {
      onPointerDown: (event: PointerEvent<SVGElement>) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        store.getState().setPlaying(false);
        const point = toData(event);
        last.current = point;
        stroke.current = [...point];
        onStroke(stroke.current);
      },
      onPointerMove: (event: PointerEvent<SVGElement>) => {
        if (last.current === null) return;
        const point = toData(event);
        const added = pointsAlong(last.current, point);
        if (added.length === 0) return;
        stroke.current.push(...added);
        last.current = [added[added.length - 2] as number, added[added.length - 1] as number];
        onStroke(stroke.current);
      },
      onPointerUp: finish,
      onPointerCancel: finish,
    },
    onKeyDown: (event: KeyboardEvent<SVGElement>) => {
      const step = event.shiftKey ? 4 * PEN_STEP : PEN_STEP;
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [-step, 0],
        ArrowRight: [step, 0],
        ArrowUp: [0, step],
        ArrowDown: [0, -step],
      };
      const move = moves[event.key];
      // The pad's keys are its own: the page's shortcuts (arrows move t, Space plays) must not see them.
      if (move || event.key === "Enter" || event.key === " ") event.stopPropagation();
      if (move) {
        event.preventDefault();
        const clamp = (x: number) => Math.max(-DOMAIN, Math.min(DOMAIN, x));
        setPen(([x, y]) => [clamp(x + move[0]), clamp(y + move[1])]);
      } else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        store.getState().addStroke(pen);
      }
    },
  };
}
