import { Tex } from "../math/Tex";
import { useApp } from "../store-context";
import { comparison } from "./readout-lines";
import { ShownValue } from "./ShownValue";
import { useStale } from "./useStale";

/**
 * DDPM eq. 12: the mean loss ‖μ̃_t − μ_θ‖²/(2σ_t²) is the noise loss ‖ε − ε̂‖² times a weight w_t. Both are
 * computed and timed over the batch in the worker; the noise loss needs neither μ̃_t nor μ_θ.
 */
export function MeanVsNoise() {
  const variance = useApp((s) => s.settings.sampler.variance);
  const readout = useApp((s) => (s.lossReadout.status === "waiting" ? null : s.lossReadout.readout));
  const c = comparison(readout);
  const stale = useStale(readout);
  const sigma = variance === "beta" ? "\\beta_t" : "\\tilde\\beta_t";
  const why = c.mean.reason ?? c.weight.reason;
  return (
    <section className="loss-section" data-control="loss.meanVsNoise">
      <h3>Mean loss = weight × noise loss</h3>
      <div className="loss-weight">
        <Tex
          tex="w_t=\dfrac{\beta_t^2}{2\sigma_t^2\,\alpha_t(1-\bar\alpha_t)}"
          text="w_t = β_t²/(2σ_t²·α_t·(1 − ᾱ_t))"
        />
        <ShownValue shown={c.weight} stale={stale} testId="loss.weight" />
      </div>
      <table className="loss-compare">
        <thead>
          <tr>
            <th scope="col">
              <Tex tex={`\\sigma_t^2=${sigma}`} text={`σ_t² = ${variance === "beta" ? "β_t" : "β̃_t"}`} />
            </th>
            <th scope="col" title="each loss is averaged over a fixed batch of the data">
              {readout ? `mean of ${readout.batch}` : "mean"}
            </th>
            <th scope="col" title="time of one pass over the batch, in the worker">
              time
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <Tex tex="\lVert\tilde\mu_t-\mu_\theta\rVert^2/2\sigma_t^2" text="‖μ̃_t − μ_θ‖²/(2σ_t²)" />
            </th>
            <td>
              <ShownValue shown={c.mean} stale={stale} testId="loss.mean" />
            </td>
            <td className="loss-time" data-testid="loss.mean-time">
              {c.meanTime}
            </td>
          </tr>
          <tr>
            <th scope="row">
              <Tex tex="w_t\lVert\varepsilon-\hat\varepsilon\rVert^2" text="w_t·‖ε − ε̂‖²" />
            </th>
            <td>
              <ShownValue shown={c.noise} stale={stale} testId="loss.weighted" />
            </td>
            <td className="loss-time" data-testid="loss.weighted-time">
              {c.noiseTime}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="loss-verdict">
        {why ? `Undefined: ${why}` : [c.agreement, c.speed].filter(Boolean).join(" · ") || "—"}
      </p>
    </section>
  );
}
