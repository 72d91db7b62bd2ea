import { formatNumber } from "../controls/format";
import { useApp, useAppStore } from "../store-context";
import { LossSparkline } from "./LossSparkline";
import { ProgressBar } from "./ProgressBar";
import { ENGINE_LABELS, engineTitle, linearStatusText, mlpStatusText, rateText } from "./training-text";

/** Train, stop and clear (forget the weights), with the run's progress, live loss and speed (MLP or linear model). */
export function TrainingStatus({ model }: { model: "mlp" | "linear" }) {
  const store = useAppStore();
  const training = useApp((s) => s.training);
  const linear = useApp((s) => s.linearModel);
  const state = model === "mlp" ? training : linear;
  const running = state.status === "training";
  const text = model === "mlp" ? mlpStatusText(training) : linearStatusText(linear);
  const train = () => void (model === "mlp" ? store.getState().train() : store.getState().trainLinear());
  return (
    <div className="training-status">
      <div className="training-buttons">
        <button type="button" className="train" disabled={running} onClick={train}>
          {state.status === "untrained" ? "Train" : "Retrain"}
        </button>
        <button type="button" disabled={!running} onClick={() => store.getState().stopTraining()}>
          Stop
        </button>
        <button
          type="button"
          disabled={state.status === "untrained"}
          title={model === "linear" ? "Back to the untrained W = 0" : "Forget the trained weights"}
          onClick={() => store.getState().resetModel(model)}
        >
          Clear
        </button>
        {model === "mlp" && <LossSparkline history={training.history} />}
      </div>
      <span className="training-text" role="status" aria-label="Training status">
        {text}
      </span>
      <ProgressBar label="Training progress" value={state.step} max={Math.max(1, state.totalSteps)} />
      <div className="training-numbers">
        <span aria-label="Training loss">
          loss <b>{state.loss === null ? "–" : formatNumber(state.loss)}</b>
        </span>
        {model === "mlp" && (
          <>
            <span aria-label="Training speed" title={engineTitle(training.engine)}>
              {rateText(training.samplesPerSec)}
              {training.engine && <span className="engine-name"> · {ENGINE_LABELS[training.engine]}</span>}
            </span>
            <span>
              lr <b>{training.lr === null ? "–" : formatNumber(training.lr)}</b>
            </span>
          </>
        )}
      </div>
    </div>
  );
}
