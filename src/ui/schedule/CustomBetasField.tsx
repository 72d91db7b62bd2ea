import { useId, useState } from "react";
import { parseBetasText } from "./schedule-edit";
import { parameterText } from "./describe";

/** The keyboard way to write a custom schedule: its betas as text, applied on Enter or when leaving. */
export function CustomBetasField({
  betas,
  onChange,
}: {
  betas: readonly number[];
  onChange: (betas: number[]) => void;
}) {
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = (): void => {
    if (draft === null) return;
    const parsed = parseBetasText(draft);
    if ("error" in parsed) {
      setError(parsed.error);
      return;
    }
    setDraft(null);
    setError(null);
    onChange(parsed.betas);
  };
  return (
    <div className="betas-field" data-control="schedule.betas">
      <label htmlFor={id}>
        Betas, one per step <span className="dim">(T = {betas.length})</span>
      </label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? betas.map(parameterText).join(", ")}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply();
          if (event.key === "Escape") {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
