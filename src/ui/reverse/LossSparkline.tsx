import { extent } from "d3-array";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { LossPoint } from "../../state/slices/training-slice";

const WIDTH = 96;
const HEIGHT = 30;

/** The smoothed training loss so far, as a tiny line (the Loss panel has the full chart). */
export function LossSparkline({ history }: { history: readonly LossPoint[] }) {
  if (history.length < 2)
    return <svg className="sparkline" width={WIDTH} height={HEIGHT} aria-hidden="true" />;
  const [first, last] = extent(history, (p) => p.step) as [number, number];
  const [low = 0, high = 1] = extent(history, (p) => (Number.isFinite(p.loss) ? p.loss : undefined));
  const x = scaleLinear()
    .domain([first, last])
    .range([1, WIDTH - 1]);
  const y = scaleLinear()
    .domain([low, high])
    .range([HEIGHT - 2, 2]);
  const path = line<LossPoint>()
    .x((p) => x(p.step))
    .y((p) => y(Number.isFinite(p.loss) ? p.loss : high))(history);
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} role="img" aria-label="Training loss so far">
      <path d={path ?? ""} />
    </svg>
  );
}
