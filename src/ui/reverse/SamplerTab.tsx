import type { SamplerSettings } from "../../core/sampling/sampler";
import { RANGES } from "../../state/settings-schema";
import { startTimestep } from "../../state/slices/reverse-request";
import { formatNumber } from "../controls/format";
import { Segmented } from "../controls/Segmented";
import { Slider } from "../controls/Slider";
import { useApp } from "../store-context";
import { useSetter } from "./TrainingSettings";

const METHODS: readonly { value: SamplerSettings["method"]; label: string }[] = [
  { value: "ddpm", label: "DDPM" },
  { value: "ddim", label: "DDIM" },
];
const VARIANCES: readonly { value: SamplerSettings["variance"]; label: string }[] = [
  { value: "beta", label: "σ² = β_t" },
  { value: "betaTilde", label: "σ² = β̃_t" },
];
/** The clip a first tick of the checkbox sets: the data sets' own range is about ±4. */
const DEFAULT_CLIP = 4;

/** How the reverse process steps: DDPM (σ² = β or β̃) or DDIM (η), how many steps, and x̂₀ clipping. */
export function SamplerTab() {
  const sampler = useApp((s) => s.settings.sampler);
  const start = useApp((s) => startTimestep(s.settings));
  const set = useSetter("sampler", "the sampler");
  const steps = Math.min(sampler.steps, start);
  return (
    <>
      <Segmented
        label="Sampler"
        value={sampler.method}
        options={METHODS}
        onChange={(method) => set({ method })}
      />
      {sampler.method === "ddpm" ? (
        <Segmented
          label="Variance"
          value={sampler.variance}
          options={VARIANCES}
          onChange={(variance) => set({ variance })}
        />
      ) : (
        <Slider
          label="η"
          value={sampler.eta}
          min={0}
          max={1}
          step={0.05}
          format={(value) => (value === 0 ? "0 (deterministic)" : formatNumber(value))}
          onChange={(eta) => set({ eta })}
        />
      )}
      <Slider
        label="Sample steps"
        value={steps}
        min={1}
        max={start}
        format={(value) => `${value} / ${start}`}
        onChange={(value) => set({ steps: value })}
      />
      <div className="clip-row">
        <label>
          <input
            type="checkbox"
            checked={sampler.clipX0 !== null}
            onChange={(event) => set({ clipX0: event.target.checked ? DEFAULT_CLIP : null })}
          />
          Clip x̂₀
        </label>
        {sampler.clipX0 !== null && (
          <Slider
            label="to ±"
            log
            value={sampler.clipX0}
            min={0.1}
            max={RANGES.clipX0.max}
            format={formatNumber}
            onChange={(clipX0) => set({ clipX0 })}
          />
        )}
      </div>
      <p className="model-note">
        {steps < start ? `Strided: ${steps} of the ${start} timesteps, ` : "Every timestep, "}
        {sampler.method === "ddpm"
          ? "each step x_{t−1} = μ_θ(x_t) + σ_t z."
          : "x_{t−1} from x̂₀ and ε̂; η = 1 adds DDPM's noise σ² = β̃."}
      </p>
    </>
  );
}
