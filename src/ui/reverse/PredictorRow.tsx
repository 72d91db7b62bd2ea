import { PREDICTOR_KINDS, scheduleLength, type ReverseMode } from "../../state/settings";
import { Segmented } from "../controls/Segmented";
import { Select } from "../controls/Select";
import { Slider } from "../controls/Slider";
import { predictorLabel } from "../predictor-names";
import { useApp, useAppStore } from "../store-context";

const PREDICTORS = PREDICTOR_KINDS.map((value) => ({ value, label: predictorLabel(value) }));
const MODES: readonly { value: ReverseMode; label: string }[] = [
  { value: "generate", label: "Generate" },
  { value: "reconstruct", label: "Reconstruct" },
];

/**
 * Which noise predictor walks the points back, and from where: pure noise (generate) or real data
 * diffused to t₀ (reconstruct). Picking the oracle switches to reconstruct, the only mode it can serve.
 */
export function PredictorRow() {
  const store = useAppStore();
  const predictor = useApp((s) => s.settings.predictor);
  const mode = useApp((s) => s.settings.reverse.mode);
  const tStart = useApp((s) => s.settings.reverse.tStart);
  const T = useApp((s) => scheduleLength(s.settings.schedule));
  const update = store.getState().update;
  return (
    <div className="predictor-row">
      <Select
        label="Predictor"
        value={predictor}
        options={PREDICTORS}
        onChange={(value) =>
          update(
            (s) => ({
              ...s,
              predictor: value,
              reverse: value === "oracle" ? { ...s.reverse, mode: "reconstruct" } : s.reverse,
            }),
            "the predictor",
          )
        }
        control="reverse.predictor"
      />
      <Segmented
        label="Mode"
        value={mode}
        options={MODES}
        onChange={(value) => update((s) => ({ ...s, reverse: { ...s.reverse, mode: value } }), "the mode")}
        control="reverse.mode"
      />
      {mode === "reconstruct" && (
        <Slider
          label="Start t₀"
          value={Math.min(tStart, T)}
          min={1}
          max={T}
          format={(value) => `${value} / ${T}`}
          onChange={(value) =>
            update((s) => ({ ...s, reverse: { ...s.reverse, tStart: value } }), "the reconstruction start")
          }
          control="reverse.t0"
        />
      )}
    </div>
  );
}
