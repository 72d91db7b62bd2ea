import type { LossReadout } from "../../worker/loss-readout";
import { useApp } from "../store-context";

/**
 * Whether the readout on show is for another t than the one selected (a newer one is computing). Not
 * flagged while t plays: readouts always trail playback a little, and dimming them would flicker.
 */
export function useStale(readout: LossReadout | null): boolean {
  const t = useApp((s) => s.settings.t);
  const playing = useApp((s) => s.playing);
  return readout !== null && !playing && readout.t !== t;
}
