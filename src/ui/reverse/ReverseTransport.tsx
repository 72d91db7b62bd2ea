import type { ReverseOverlays } from "../../state/slices/reverse-slice";
import { Slider } from "../controls/Slider";
import { useApp, useAppStore } from "../store-context";

/** The overlays as the toggles name them; each toggle's swatch is the mark's colour (the legend). */
const OVERLAY_LABELS: readonly (readonly [keyof ReverseOverlays, string])[] = [
  ["data", "data"],
  ["x0", "x̂₀"],
  ["trails", "paths"],
  ["field", "score"],
];

/** Play/pause and a scrubber over the run's frames, from the start (highest t) to t = 0. */
export function ReverseTransport() {
  const store = useAppStore();
  const playing = useApp((s) => s.reverseView.playing);
  const frame = useApp((s) => s.reverseView.frame);
  const timesteps = useApp((s) => s.reverse.result?.trajectory.timesteps ?? null);
  const frames = timesteps?.length ?? 0;
  const t = timesteps?.[frame] ?? null;
  return (
    <div className="reverse-transport" data-control="reverse.playback">
      <button
        type="button"
        className="play"
        aria-label={playing ? "Pause the reverse process" : "Play the reverse process"}
        disabled={frames < 2}
        onClick={() => store.getState().setReversePlaying(!playing)}
      >
        {playing ? "❚❚" : "▶"}
      </button>
      <Slider
        label="Reverse t"
        value={Math.min(frame, Math.max(0, frames - 1))}
        min={0}
        max={Math.max(1, frames - 1)}
        format={() => (t === null ? "–" : `t = ${t}`)}
        onChange={(value) => store.getState().showReverseFrame(value)}
      />
    </div>
  );
}

/** Which marks are drawn over the points. */
export function OverlayToggles({ images }: { images: boolean }) {
  const store = useAppStore();
  const overlays = useApp((s) => s.reverseOverlays);
  const shown = images ? OVERLAY_LABELS.filter(([key]) => key === "x0") : OVERLAY_LABELS;
  return (
    <fieldset className="overlay-toggles" data-control="reverse.overlays">
      <legend className="rv-visually-hidden">Draw with the points</legend>
      {shown.map(([key, label]) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={overlays[key]}
            onChange={(event) => store.getState().setReverseOverlay(key, event.target.checked)}
          />
          <span className={`rv-swatch ${key}`} aria-hidden="true" />
          {images && key === "x0" ? "x̂₀ instead of x_t" : label}
        </label>
      ))}
    </fieldset>
  );
}
