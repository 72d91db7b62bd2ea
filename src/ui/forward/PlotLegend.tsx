import { TRAIL_POINTS } from "./plot-geometry";

/** What the marks of the point plot mean, in one or two short lines under it. */
export function PlotLegend({ count }: { count: number | null }) {
  return (
    <ul className="plot-legend" aria-label="Legend">
      <li>
        <span className="swatch dot" aria-hidden="true" />
        x_t{count !== null && ` (${count} points)`}
      </li>
      <li>
        <span className="swatch trail" aria-hidden="true" />
        trails of {TRAIL_POINTS} points
      </li>
      <li>
        <span className="swatch ring" aria-hidden="true" />
        N(0, I) at 1σ, 2σ
      </li>
      <li>
        <span className="swatch bars" aria-hidden="true" />
        marginals vs N(0, 1)
      </li>
    </ul>
  );
}
