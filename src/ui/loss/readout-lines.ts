/** What the Loss panel prints for a readout: formulas, plain words and values, never NaN. */
import type { Maybe } from "../../core/maybe";
import type { LossReadout } from "../../worker/loss-readout";
import { formatNumber } from "../controls/format";
import { showMaybe, type ShownNumber } from "../math/maybe-text";

/** One readout: its formula (TeX and plain text), what it is in words, and its value. */
export interface ReadoutLine {
  readonly key: string;
  readonly tex: string;
  readonly text: string;
  readonly words: string;
  readonly shown: ShownNumber;
}

/** Printed in place of a value while there is no readout. */
const NO_VALUE: ShownNumber = { text: "—" };

const show = (r: LossReadout | null, pick: (r: LossReadout) => Maybe<number>): ShownNumber =>
  r ? showMaybe(pick(r)) : NO_VALUE;

/** The noise MSE (what training minimises) and the reconstruction loss. */
export function lossLines(r: LossReadout | null): ReadoutLine[] {
  return [
    {
      key: "noise",
      tex: "\\tfrac1d\\lVert\\varepsilon-\\hat\\varepsilon_\\theta(x_t,t)\\rVert^2",
      text: "‖ε − ε̂_θ(x_t, t)‖²/d",
      words: "noise MSE: what training minimises",
      shown: show(r, (v) => v.noiseMse),
    },
    {
      key: "reconstruction",
      tex: "\\tfrac1d\\lVert x_0-\\hat x_0\\rVert^2",
      text: "‖x₀ − x̂₀‖²/d",
      words: "reconstruction: x̂₀ from x_t and ε̂",
      shown: show(r, (v) => v.reconstruction),
    },
  ];
}

/** The terms of the bound L = L_T + Σ L_{t−1} + L_0 (DDPM eq. 5); L_{t−1} exists for t ≥ 2. */
export function elboLines(r: LossReadout | null): ReadoutLine[] {
  const firstStep = r !== null && r.transitionKl === null;
  return [
    { key: "prior", tex: "L_T", text: "L_T", words: "prior KL", shown: show(r, (v) => v.priorKl) },
    {
      key: "step",
      tex: "L_{t-1}",
      text: "L_{t−1}",
      // At t = 1 the bound's last term is the decoder's L_0: there is no KL term to show, nothing undefined.
      words: firstStep ? "none at t = 1" : "KL at t",
      shown: !r || r.transitionKl === null ? NO_VALUE : showMaybe(r.transitionKl),
    },
    { key: "decoder", tex: "L_0", text: "L₀", words: "decoder NLL", shown: show(r, (v) => v.decoderNll) },
  ];
}

/** A duration in microseconds as µs or ms. */
export function formatMicros(micros: number | null): string {
  if (micros === null) return "—";
  return micros < 1000 ? `${formatNumber(micros, 2)} µs` : `${formatNumber(micros / 1000, 3)} ms`;
}

/** The mean loss next to the weighted noise loss: both values, both timings, and how closely they agree. */
export interface Comparison {
  readonly weight: ShownNumber;
  readonly mean: ShownNumber;
  readonly noise: ShownNumber;
  readonly meanTime: string;
  readonly noiseTime: string;
  /** "equal up to 3e−16" or "equal"; null when either is undefined. */
  readonly agreement: string | null;
  /** "noise loss 4.2× faster"; null without both timings. */
  readonly speed: string | null;
}

export function comparison(r: LossReadout | null): Comparison {
  const mean = r?.meanLoss;
  const noise = r?.weightedNoiseLoss;
  let agreement: string | null = null;
  if (typeof mean === "number" && typeof noise === "number") {
    const scale = Math.max(Math.abs(mean), Math.abs(noise));
    const gap = scale > 0 ? Math.abs(mean - noise) / scale : 0;
    agreement = gap === 0 ? "equal" : Number.isFinite(gap) ? `equal up to ${formatNumber(gap, 1)}` : null;
  }
  const [meanMicros, noiseMicros] = [r?.meanLossMicros ?? null, r?.noiseLossMicros ?? null];
  const timed = meanMicros !== null && noiseMicros !== null && meanMicros > 0 && noiseMicros > 0;
  const ratio = timed ? meanMicros / noiseMicros : null;
  return {
    weight: show(r, (v) => v.elboWeight),
    mean: show(r, (v) => v.meanLoss),
    noise: show(r, (v) => v.weightedNoiseLoss),
    meanTime: formatMicros(meanMicros),
    noiseTime: formatMicros(noiseMicros),
    agreement,
    speed:
      ratio === null
        ? null
        : ratio >= 1
          ? `noise loss ${formatNumber(ratio, 2)}× faster`
          : `noise loss ${formatNumber(1 / ratio, 2)}× slower`,
  };
}
