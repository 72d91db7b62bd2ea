import { scheduleLength } from "../../state/settings";
import type { AppState } from "../../state/store";
import { useApp } from "../store-context";
import { LossChart } from "./LossChart";

/** Height of each chart in SVG units (≈ px at 1280×720). */
const CHART_HEIGHT = 64;

/** The current t, for the per-t chart's marker (read by the marker alone, so playback redraws only it). */
const currentT = (s: AppState) => s.settings.t;

/** The MLP's training curve (smoothed loss by step) and its noise MSE per timestep, with the current t marked. */
export function TrainingCharts() {
  const history = useApp((s) => s.training.history);
  const totalSteps = useApp((s) => s.training.totalSteps);
  const lossCurve = useApp((s) => s.training.lossCurve);
  const T = useApp((s) => scheduleLength(s.settings.schedule));
  const curve = history.map((p) => ({ x: p.step, y: p.loss }));
  const perStep = lossCurve ? lossCurve.timesteps.map((x, i) => ({ x, y: lossCurve.losses[i] ?? NaN })) : [];
  return (
    <section className="loss-section loss-charts" data-control="loss.training">
      <LossChart
        title="Training loss"
        xName="step"
        points={curve}
        xDomain={[0, Math.max(1, totalSteps, history.at(-1)?.step ?? 0)]}
        height={CHART_HEIGHT}
        empty="train the MLP to draw it"
      />
      <LossChart
        title="Noise MSE per t"
        xName="t"
        points={perStep}
        xDomain={[1, Math.max(2, T)]}
        height={CHART_HEIGHT}
        log
        cursor={currentT}
        empty="appears while the MLP trains"
      />
    </section>
  );
}
