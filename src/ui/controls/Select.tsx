import { useId } from "react";
import type { ControlId } from "../../state/classroom";

/** A labelled drop-down of fixed choices, each with the words users see. */
export interface SelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  /** Names the control for presentation mode, which may hide it (src/state/classroom.ts). */
  readonly control?: ControlId;
}

export function Select<T extends string>({ label, value, options, onChange, control }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="select" data-control={control}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
