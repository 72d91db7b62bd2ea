import { Tex } from "../math/Tex";
import { predictorName } from "../predictor-names";
import { useApp, useAppStore } from "../store-context";
import { elboLines, lossLines } from "./readout-lines";
import { ShownValue } from "./ShownValue";
import { useStale } from "./useStale";

/** The losses at the current t, each with its formula, and the three kinds of term of the bound. */
export function LossReadouts() {
  const t = useApp((s) => s.settings.t);
  const predictor = useApp((s) => s.settings.predictor);
  const readout = useApp((s) => s.lossReadout.readout);
  const waiting = useApp((s) => s.lossReadout.status === "waiting");
  const shown = waiting ? null : readout;
  const stale = useStale(shown);
  const lines = lossLines(shown);
  const terms = elboLines(shown);
  const why = [...lines, ...terms].find((line) => line.shown.reason)?.shown;
  return (
    <section className="loss-section" data-control="loss.readouts">
      <h3>
        <span>
          Losses at <span className="loss-t">t = {t}</span>
        </span>
        <span className="loss-predictor">{predictorName(predictor)}</span>
      </h3>
      {waiting && <TrainPrompt />}
      <dl className="loss-readouts">
        {lines.map((line) => (
          <div key={line.key} className="loss-readout">
            <dt className="loss-words">{line.words}</dt>
            <dd>
              <Tex tex={line.tex} text={line.text} />
              <ShownValue shown={line.shown} stale={stale} testId={`loss.${line.key}`} />
            </dd>
          </div>
        ))}
      </dl>
      <dl className="loss-elbo" aria-label="Terms of the variational bound">
        {terms.map((term) => (
          <div key={term.key}>
            <dt>
              <Tex tex={term.tex} text={term.text} />
            </dt>
            <dd>
              <ShownValue shown={term.shown} stale={stale} testId={`loss.${term.key}`} />
              <span className="loss-words">{term.words}</span>
            </dd>
          </div>
        ))}
      </dl>
      {why?.reason && <p className="loss-why">Undefined: {why.reason}</p>}
    </section>
  );
}

/** While the MLP has no weights: say so, with the way forward (or training's progress: numbers follow). */
function TrainPrompt() {
  const store = useAppStore();
  const status = useApp((s) => s.training.status);
  const step = useApp((s) => s.training.step);
  const total = useApp((s) => s.training.totalSteps);
  if (status === "training") {
    return (
      <p className="loss-train-prompt" role="status">
        Training the MLP… step {step} of {total}
      </p>
    );
  }
  return (
    <p className="loss-train-prompt">
      Train the MLP to read its losses here.{" "}
      <button type="button" onClick={() => void store.getState().train()}>
        Train the MLP
      </button>
    </p>
  );
}
