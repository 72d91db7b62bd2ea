import { useApp } from "../store-context";

/** What the arrows show, while the score field is on: the score at the field's t, or why there is none. */
export function FieldNote() {
  const shown = useApp((s) => s.reverseOverlays.field);
  const field = useApp((s) => s.reverseField);
  if (!shown) return null;
  return (
    <p className="field-note">
      {field === null
        ? "The score field appears with the first run."
        : field.undefinedBecause
          ? `No score field: ${field.undefinedBecause}.`
          : `Arrows: score −ε̂/√(1−ᾱ_t) at t = ${field.t} (rescaled per t)`}
    </p>
  );
}
