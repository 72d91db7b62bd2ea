import { scheduleLength } from "../../state/settings";
import { Select } from "../controls/Select";
import { Slider } from "../controls/Slider";
import { formatNumber } from "../controls/format";
import { useApp, useAppStore } from "../store-context";

/** Speeds offered in the menu; a link may carry any speed in range, which is then listed too. */
const SPEEDS = [0.25, 0.5, 1, 2, 4];

const speedLabel = (speed: number) => `${formatNumber(speed)}×`;

/** Play/pause, single steps and a scrubber over t = 1..T, and the playback speed. */
export function Transport() {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const t = useApp((s) => s.settings.t);
  const T = useApp((s) => scheduleLength(s.settings.schedule));
  const speed = useApp((s) => s.settings.speed);
  const setT = (next: number): void => {
    const { setPlaying, update } = store.getState();
    setPlaying(false);
    update((s) => ({ ...s, t: Math.min(T, Math.max(1, next)) }), "t");
  };
  const speeds = SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed].sort((a, b) => a - b);
  return (
    <div className="transport">
      <div className="transport-buttons">
        <button
          type="button"
          className="play"
          data-control="forward.playback"
          aria-label={playing ? "Pause" : "Play"}
          disabled={T === 1}
          title={T === 1 ? "T = 1: there is only one step to show" : undefined}
          onClick={() => store.getState().setPlaying(!playing)}
        >
          {playing ? "❚❚" : "▶"}
        </button>
        <button
          type="button"
          data-control="forward.playback"
          aria-label="Step back"
          disabled={t <= 1}
          onClick={() => setT(t - 1)}
        >
          |◀
        </button>
        <button
          type="button"
          data-control="forward.playback"
          aria-label="Step forward"
          disabled={t >= T}
          onClick={() => setT(t + 1)}
        >
          ▶|
        </button>
        <Select
          label="Speed"
          value={String(speed)}
          options={speeds.map((value) => ({ value: String(value), label: speedLabel(value) }))}
          onChange={(value) => store.getState().update((s) => ({ ...s, speed: Number(value) }), "the speed")}
          control="forward.speed"
        />
      </div>
      <Slider
        label="t"
        value={Math.min(t, T)}
        min={1}
        max={T}
        format={(value) => `${value} / ${T}`}
        onChange={setT}
        control="forward.t"
      />
    </div>
  );
}
