import type { ControlId } from "../../state/classroom";

/** A small set of mutually exclusive choices shown side by side (a radio group, keyboard-operable). */
export interface SegmentedProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  /** Names the control for presentation mode, which may hide it (src/state/classroom.ts). */
  readonly control?: ControlId;
}

export function Segmented<T extends string>({ label, value, options, onChange, control }: SegmentedProps<T>) {
  return (
    <fieldset className="segmented" data-control={control}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className={option.value === value ? "chosen" : undefined}>
          <input
            type="radio"
            name={label}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
