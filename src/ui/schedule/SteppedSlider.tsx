import { useId, useState } from "react";
import type { ControlId } from "../../state/classroom";
import { nearestStop } from "./stops";
import { parameterText } from "./describe";

/**
 * A slider that moves between fixed stops (see stops.ts: log-spaced, may start at 0), beside a text field
 * for the exact value. Links and typing may set values between stops; the thumb then sits at the nearest.
 */
export interface SteppedSliderProps {
  readonly label: string;
  readonly value: number;
  /** Ascending; the first and last are the bounds typed values are clamped to. */
  readonly stops: readonly number[];
  readonly integer?: boolean;
  readonly onChange: (value: number) => void;
  /** Names the control for presentation mode, which may hide it (src/state/classroom.ts). */
  readonly control?: ControlId;
}

export function SteppedSlider({
  label,
  value,
  stops,
  integer = false,
  onChange,
  control,
}: SteppedSliderProps) {
  const id = useId();
  /** What is being typed, until Enter or leaving the field applies it. */
  const [draft, setDraft] = useState<string | null>(null);
  const min = stops[0] as number;
  const max = stops[stops.length - 1] as number;
  const apply = (): void => {
    if (draft === null) return;
    const typed = Number(draft.trim().replace(/−/g, "-"));
    setDraft(null);
    if (draft.trim() === "" || !Number.isFinite(typed)) return;
    const clamped = Math.min(max, Math.max(min, integer ? Math.round(typed) : typed));
    if (clamped !== value) onChange(clamped);
  };
  return (
    <div className="slider stepped-slider" data-control={control}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={nearestStop(stops, value)}
        aria-valuetext={parameterText(value)}
        onChange={(event) => onChange(stops[Number(event.target.value)] as number)}
      />
      <input
        type="text"
        inputMode="decimal"
        spellCheck={false}
        aria-label={`${label}, exact value`}
        value={draft ?? parameterText(value)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply();
          if (event.key === "Escape") setDraft(null);
        }}
      />
    </div>
  );
}
