import { QUALITY_TARGET_RATIO } from "../../core/metrics/quality-report";
import { formatNumber } from "../controls/format";
import { useApp } from "../store-context";

/** The bar's drawing size in SVG units. */
const WIDTH = 260;
const HEIGHT = 22;

/**
 * How far the generated samples are from held-out data (sliced Wasserstein-2), next to the data's own
 * floor: a perfect generator scores about the floor, so the ratio reads the same on any data set.
 */
export function QualityMeter() {
  const quality = useApp((s) => s.reverse.quality?.quality ?? null);
  const status = useApp((s) => s.reverse.status);
  const scoring = useApp((s) => s.reverse.scoring);
  if (!quality) {
    return (
      <section className="loss-section loss-quality" data-control="loss.quality">
        <h3>
          Sample quality{" "}
          <span className="loss-pending">
            {status === "running"
              ? "sampling…"
              : scoring
                ? "scoring…"
                : status === "ready"
                  ? "not scored"
                  : "no samples yet"}
          </span>
        </h3>
      </section>
    );
  }
  const { distance, floor, ratio } = quality;
  const top = Math.max(distance, (QUALITY_TARGET_RATIO + 0.5) * floor) * 1.05 || 1;
  const x = (value: number) => Math.min(WIDTH, (value / top) * WIDTH);
  return (
    <section className="loss-section loss-quality" data-control="loss.quality">
      <h3>
        Sample quality <span className="loss-ratio">{formatNumber(ratio, 2)}× floor</span>
      </h3>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        data-export-name="Sample quality"
        aria-label={`Sample quality: SW₂ ${formatNumber(distance)}, floor ${formatNumber(floor)}`}
      >
        <rect className="loss-track" x={0} y={5} width={WIDTH} height={12} rx={3} />
        <rect className="loss-distance" x={0} y={5} width={x(distance)} height={12} rx={3} />
        <line className="loss-floor" x1={x(floor)} x2={x(floor)} y1={1} y2={HEIGHT - 1} />
        <line
          className="loss-target"
          x1={x(QUALITY_TARGET_RATIO * floor)}
          x2={x(QUALITY_TARGET_RATIO * floor)}
          y1={1}
          y2={HEIGHT - 1}
        />
      </svg>
      <p className="loss-sub">
        SW₂ <b>{formatNumber(distance)}</b> · floor <b className="loss-floor-text">{formatNumber(floor)}</b> ·
        dashed: {QUALITY_TARGET_RATIO}× floor
      </p>
    </section>
  );
}
