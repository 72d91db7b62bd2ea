import { dataDim } from "../../state/slices/model-request";
import { dataRows, GENERATED_POINTS, reversePoints } from "../../state/slices/reverse-request";
import { formatNumber } from "../controls/format";
import { WeightsFile } from "../export/WeightsFile";
import { useApp, useAppStore } from "../store-context";
import { TrainingStatus } from "./TrainingStatus";
import { ModelKnobs, TrainingKnobs } from "./TrainingSettings";

/** W of a 2-D linear model as a small table: one row per input (x, y, t/T), one column per output. */
function WeightTable({ weights, dim }: { weights: readonly number[]; dim: number }) {
  const inputs = ["x", "y", "t/T"];
  return (
    <table className="weights" aria-label="The linear model's weights W">
      <thead>
        <tr>
          <th scope="col">W</th>
          <th scope="col">→ ε̂ₓ</th>
          <th scope="col">→ ε̂ᵧ</th>
        </tr>
      </thead>
      <tbody>
        {inputs.map((input, row) => (
          <tr key={input}>
            <th scope="row">{input}</th>
            <td>{formatNumber(weights[row * dim] ?? 0)}</td>
            <td>{formatNumber(weights[row * dim + 1] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LinearModel() {
  const weights = useApp((s) => s.linearModel.weights);
  const dim = useApp((s) => dataDim(s.settings));
  return (
    <>
      <p className="model-note">
        The training-step exercise: ε̂ = [x_t, t/T]·W, W from 0, plain SGD with the hand-derived gradient
        (2/(N·d))·inputᵀ(ε̂ − ε). A linear map cannot bend noise into the data's shape.
      </p>
      <TrainingStatus model="linear" />
      {dim === 2 && <WeightTable weights={weights ?? [0, 0, 0, 0, 0, 0]} dim={dim} />}
      <TrainingKnobs />
    </>
  );
}

function ExactModel() {
  const rows = useApp((s) => dataRows(s.settings));
  const points = useApp((s) => reversePoints(s.settings));
  return (
    <p className="model-note">
      The best possible predictor for these {rows} training points: ε̂ from E[x₀ | x_t], a softmax-weighted
      mean of the data. No training. Its samples land on training points (see “memorized”).
      {points < GENERATED_POINTS &&
        ` Every step weighs all ${rows} points, so it walks ${points} points, not ${GENERATED_POINTS}.`}
    </p>
  );
}

function OracleModel() {
  const store = useAppStore();
  const mode = useApp((s) => s.settings.reverse.mode);
  return (
    <>
      <p className="model-note">
        The true noise ε of each point: what a perfect predictor would say. Only a reconstruction knows it
        (the x₀ each point came from), so the oracle cannot generate.
      </p>
      {mode === "generate" && (
        <button
          type="button"
          onClick={() =>
            store
              .getState()
              .update((s) => ({ ...s, reverse: { ...s.reverse, mode: "reconstruct" } }), "the mode")
          }
        >
          Switch to Reconstruct
        </button>
      )}
    </>
  );
}

/** The chosen predictor: its training controls (MLP, linear model) or what it is (exact, oracle). */
export function ModelTab() {
  const predictor = useApp((s) => s.settings.predictor);
  switch (predictor) {
    case "mlp":
      return (
        <>
          <TrainingStatus model="mlp" />
          <WeightsFile />
          <TrainingKnobs />
          <ModelKnobs />
        </>
      );
    case "linear":
      return <LinearModel />;
    case "exact":
      return <ExactModel />;
    case "oracle":
      return <OracleModel />;
  }
}
