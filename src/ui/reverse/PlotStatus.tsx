import { useApp } from "../store-context";
import { ProgressBar } from "./ProgressBar";

/** Capitalises the first letter of a reason given in lower case. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + ".";

/**
 * What the plot is waiting for, over the plot: a predictor that is not ready (with the training's
 * progress), or the sampling run's progress. Nothing once the run is ready.
 */
export function PlotStatus() {
  const status = useApp((s) => s.reverse.status);
  const waitingFor = useApp((s) => s.reverse.waitingFor);
  const progress = useApp((s) => s.reverse.progress);
  const training = useApp((s) => s.settings.predictor === "mlp" && s.training.status === "training");
  const step = useApp((s) => s.training.step);
  const totalSteps = useApp((s) => s.training.totalSteps);
  if (status === "ready") return null;
  if (status === "running") {
    return (
      <div className="plot-status" role="status">
        <span>Sampling{progress ? `: step ${progress.done} of ${progress.total}` : "…"}</span>
        <ProgressBar label="Sampling progress" value={progress?.done ?? 0} max={progress?.total ?? 1} />
      </div>
    );
  }
  return (
    <div className="plot-status" role="status">
      <span>{waitingFor ? sentence(waitingFor) : "Waiting…"}</span>
      {training && <ProgressBar label="Training progress" value={step} max={totalSteps} />}
    </div>
  );
}
