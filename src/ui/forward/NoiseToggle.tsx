import type { ForwardNoiseMode } from "../../state/settings";
import { keptEvery, shownTimestep } from "../../state/slices/forward-frame";
import type { AppState } from "../../state/store";
import { Segmented } from "../controls/Segmented";
import { Tex } from "../math/Tex";
import { useApp, useAppStore } from "../store-context";

const OPTIONS: readonly { value: ForwardNoiseMode; label: string }[] = [
  { value: "fixed", label: "Fixed ε" },
  { value: "fresh", label: "Fresh ε" },
];

/** What each mode computes: its words, and its formula in TeX and in plain text. */
const HOW: Record<ForwardNoiseMode, { words: string; tex: string; text: string; then: string }> = {
  fixed: {
    words: "Closed form, one ε per point:",
    tex: "x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\epsilon",
    text: "x_t = √ᾱ_t·x₀ + √(1−ᾱ_t)·ε",
    then: "Each point glides smoothly.",
  },
  fresh: {
    words: "Markov chain, new noise each step:",
    tex: "x_t = \\sqrt{1-\\beta_t}\\,x_{t-1} + \\sqrt{\\beta_t}\\,\\epsilon_t",
    text: "x_t = √(1−β_t)·x_{t−1} + √β_t·ε_t",
    then: "Each point takes a random walk.",
  },
};

/** What the fresh-noise picture leaves out when the chain kept only some of its steps; null otherwise. */
function skippedStepsNote({ forward, settings }: AppState): string | null {
  if (!forward || forward.mode !== "fresh" || keptEvery(forward) === 1) return null;
  const shown = shownTimestep(forward, settings.t);
  const which = shown === settings.t ? "" : `, so t = ${settings.t} shows step ${shown}`;
  return `This chain is too long to keep every step in memory: one step in ${keptEvery(forward)} is kept${which}.`;
}

/** Fixed noise (the closed form) or fresh noise (the Markov chain), and why both show the same cloud. */
export function NoiseToggle() {
  const store = useAppStore();
  const mode = useApp((s) => s.settings.forwardNoise);
  const how = HOW[mode];
  // A string, so playback re-renders this only while the note is on show.
  const skipped = useApp(skippedStepsNote);
  return (
    <div className="noise-toggle" data-control="forward.noise">
      <Segmented
        label="Noise"
        value={mode}
        options={OPTIONS}
        onChange={(forwardNoise) =>
          store.getState().update((s) => ({ ...s, forwardNoise }), "the forward noise")
        }
      />
      <p className="how">
        {how.words} <Tex tex={how.tex} text={how.text} />. {how.then}
      </p>
      {skipped && (
        <p className="how" role="note">
          {skipped}
        </p>
      )}
      <details className="why">
        <summary>Why is the cloud the same in both?</summary>
        <p>
          Each step scales x and adds independent Gaussian noise; a sum of independent Gaussians is Gaussian,
          with the variances added up. So in both modes{" "}
          <Tex
            tex={"q(x_t \\mid x_0) = \\mathcal{N}(\\sqrt{\\bar\\alpha_t}\\,x_0,\\ (1-\\bar\\alpha_t)\\,I)"}
            text="q(x_t | x₀) = N(√ᾱ_t·x₀, (1−ᾱ_t)·I)"
          />{" "}
          (DDPM paper, eq. 4): the cloud at each t has the same distribution; only the path of each point
          differs.
        </p>
      </details>
    </div>
  );
}
