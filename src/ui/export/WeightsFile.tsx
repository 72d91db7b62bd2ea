import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { download } from "./download";
import { useApp, useAppStore } from "../store-context";
import { weightsFile } from "./weights";

/** What the last save or load did, in words. */
interface Outcome {
  readonly text: string;
  readonly failed: boolean;
}

/**
 * Save the trained MLP's weights as JSON, or load weights saved before (checked by the store: a bad file is
 * refused with the reason, and the model on show stays). Loaded weights are sampled with at once.
 */
export function WeightsFile() {
  const store = useAppStore();
  const weights = useApp((s) => s.training.weights);
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  // The Model tab scrolls, and this row sits low in it: bring the outcome into view.
  useEffect(() => {
    outcomeRef.current?.scrollIntoView({ block: "nearest" });
  }, [outcome]);
  const save = (): void => {
    if (!weights) return;
    const { blob, fileName } = weightsFile(weights);
    download(blob, fileName);
  };
  const load = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ text: `Could not read ${file.name}.`, failed: true });
      return;
    }
    const result = store.getState().importWeights(text);
    setOutcome(
      result.imported
        ? { text: `Loaded ${file.name}: sampling with these weights.`, failed: false }
        : { text: `Could not load ${file.name}: ${result.reason}.`, failed: true },
    );
  };
  return (
    <div className="weights-file">
      <span>Weights</span>
      <button type="button" disabled={!weights} onClick={save}>
        Save JSON
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Load JSON…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Load MLP weights from a JSON file"
        onChange={(event) => void load(event)}
      />
      {outcome && (
        <p ref={outcomeRef} className="weights-outcome" role={outcome.failed ? "alert" : "status"}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
