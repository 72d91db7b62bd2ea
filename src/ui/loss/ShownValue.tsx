import type { ShownNumber } from "../math/maybe-text";

/** A readout value; an undefined one says why on hover and to screen readers. */
export function ShownValue({
  shown,
  stale,
  testId,
}: {
  shown: ShownNumber;
  stale?: boolean;
  testId?: string;
}) {
  const classes = ["loss-value", shown.reason ? "loss-undefined" : "", stale ? "loss-stale" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <span className={classes} title={shown.reason} aria-description={shown.reason} data-testid={testId}>
      {shown.text}
    </span>
  );
}
