/** The words the "Choose what to show" dialog uses for each panel's controls, grouped by panel. */
import { CONTROL_IDS, PANEL_IDS, type ControlId, type PanelId } from "../../state/classroom";

export const CONTROL_LABELS: Readonly<Record<ControlId, string>> = {
  "top.seed": "Seed (top bar)",
  "schedule.family": "Family menu",
  "schedule.T": "T",
  "schedule.betaStart": "β_start",
  "schedule.betaEnd": "β_end",
  "schedule.s": "Cosine offset s",
  "schedule.beta": "Constant β",
  "schedule.betas": "Custom betas",
  "schedule.presets": "Presets menu",
  "schedule.pin": "Pin for comparison",
  "schedule.notes": "Notes and warnings",
  "forward.data": "Data menu",
  "forward.size": "Data size",
  "forward.playback": "Play and step buttons",
  "forward.speed": "Speed",
  "forward.t": "t slider",
  "forward.readouts": "β_t, ᾱ_t readouts",
  "forward.noise": "Fixed / fresh noise",
  "reverse.predictor": "Predictor menu",
  "reverse.mode": "Generate / reconstruct",
  "reverse.t0": "Start t₀",
  "reverse.playback": "Play and reverse t",
  "reverse.overlays": "Overlay toggles",
  "reverse.quality": "Quality line",
  "reverse.settings": "Model and sampler tabs",
  "loss.readouts": "Losses at t",
  "loss.meanVsNoise": "Mean vs noise loss",
  "loss.training": "Training curves",
  "loss.quality": "Sample quality",
};

/** The panel a control belongs to; the top bar's controls belong to none. */
export function panelOf(id: ControlId): PanelId | null {
  const prefix = id.slice(0, id.indexOf("."));
  return (PANEL_IDS as readonly string[]).includes(prefix) ? (prefix as PanelId) : null;
}

/** The controls of one panel (or of the top bar, for null), in page order. */
export const controlsOf = (panel: PanelId | null): ControlId[] =>
  CONTROL_IDS.filter((id) => panelOf(id) === panel);

/**
 * "Essentials only": what a lecture rarely needs on the projector (the seed, presets, pinning, speed, the
 * overlay toggles, the model and sampler tabs), hidden in one click.
 */
export const FINE_PRINT: readonly ControlId[] = [
  "top.seed",
  "schedule.presets",
  "schedule.pin",
  "forward.speed",
  "reverse.overlays",
  "reverse.settings",
];
