import { Panel } from "../Panel";
import { LossReadouts } from "./LossReadouts";
import { MeanVsNoise } from "./MeanVsNoise";
import { QualityMeter } from "./QualityMeter";
import { TrainingCharts } from "./TrainingCharts";
import "./loss.css";

/**
 * The Loss panel: every loss of the DDPM paper at the current t, with its formula; the mean loss against
 * the weighted noise loss (equal, one much cheaper); the training curves; and how good the samples are.
 */
export function LossPanel() {
  return (
    <Panel name="Loss">
      <div className="loss-panel">
        <LossReadouts />
        <MeanVsNoise />
        <TrainingCharts />
        <QualityMeter />
      </div>
    </Panel>
  );
}
