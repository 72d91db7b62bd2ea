/** Schedules described in a few words, for the pinned schedule's label and the charts' accessible names. */
import type { ScheduleFamily, ScheduleSpec } from "../../core/schedule";
import { scheduleLength } from "../../state/settings";
import { formatNumber as exactNumber } from "../../state/url-values";

/** A parameter as typed or linked, exactly and compactly ("5e−4", "0.02", "200"), with a true minus sign. */
export function parameterText(x: number): string {
  return exactNumber(x).replace("-", "−");
}

/** The family names as the menu shows them. */
export const FAMILY_LABELS: Record<ScheduleFamily, string> = {
  linear: "linear",
  scaled_linear: "scaled linear",
  cosine: "cosine",
  sigmoid: "sigmoid",
  constant: "constant",
  custom: "custom",
};

/** Custom descriptions list this many betas before "…". */
const LISTED_BETAS = 4;

/** "linear, T = 200, β 5e−4 → 0.1"; "custom, T = 3, β 0.1, 0.2, 0.5". */
export function describeSchedule(spec: ScheduleSpec): string {
  const head = `${FAMILY_LABELS[spec.family]}, T = ${scheduleLength(spec)}`;
  switch (spec.family) {
    case "linear":
    case "scaled_linear":
    case "sigmoid":
      return `${head}, β ${parameterText(spec.betaStart)} → ${parameterText(spec.betaEnd)}`;
    case "cosine":
      return `${head}, s = ${parameterText(spec.s)}`;
    case "constant":
      return `${head}, β = ${parameterText(spec.beta)}`;
    case "custom": {
      const listed = spec.betas.slice(0, LISTED_BETAS).map((b) => parameterText(b));
      return `${head}, β ${listed.join(", ")}${spec.betas.length > LISTED_BETAS ? ", …" : ""}`;
    }
  }
}
