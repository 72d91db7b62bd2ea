import { useId } from "react";
import type { ControlId } from "../../state/classroom";

/** A labelled range input; `log` maps the thumb to a log scale (for β, learning rates). */
export interface SliderProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Step of the value on a linear slider; ignored with `log` (the thumb moves in 1/200 of a decade). */
  readonly step?: number;
  readonly log?: boolean;
  /** How the value is shown beside the slider. */
  readonly format?: (value: number) => string;
  readonly onChange: (value: number) => void;
  /** Names the control for presentation mode, which may hide it (src/state/classroom.ts). */
  readonly control?: ControlId;
}

/** Thumb positions per decade on a log slider. */
const LOG_STEPS_PER_DECADE = 200;

/** Rounds a log-slider value to 3 significant digits, so links stay short (1e-4, not 0.00010023). */
const roundSignificant = (x: number): number => Number(x.toPrecision(3));

export function Slider({
  label,
  value,
  min,
  max,
  step = 1,
  log = false,
  format,
  onChange,
  control,
}: SliderProps) {
  const id = useId();
  const toThumb = (x: number): number => (log ? Math.log10(x) * LOG_STEPS_PER_DECADE : x);
  const fromThumb = (thumb: number): number =>
    log ? Math.min(max, Math.max(min, roundSignificant(10 ** (thumb / LOG_STEPS_PER_DECADE)))) : thumb;
  return (
    <div className="slider" data-control={control}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={toThumb(min)}
        max={toThumb(max)}
        step={log ? 1 : step}
        value={toThumb(value)}
        aria-valuetext={format ? format(value) : String(value)}
        onChange={(event) => onChange(fromThumb(Number(event.target.value)))}
      />
      <output htmlFor={id}>{format ? format(value) : value}</output>
    </div>
  );
}
