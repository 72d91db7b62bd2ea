import { makeDataset, type DatasetSpec } from "../core/data/datasets";
import { memorization, type MemorizationReport } from "../core/metrics/memorization";
import { qualityReport, type QualityReport } from "../core/metrics/quality-report";

/** Samples to score against the data set they should resemble. */
export interface QualityRequest {
  readonly dataset: DatasetSpec;
  readonly seed: number;
  readonly samples: Float32Array;
}

/** Both readouts of sample quality. */
export interface QualityResult {
  readonly quality: QualityReport;
  readonly memorization: MemorizationReport;
}

/** SW2 against held-out data (with the data's own floor) and the memorized share, for one set of samples. */
export function runQuality(request: QualityRequest): QualityResult {
  const train = makeDataset(request.dataset, request.seed);
  const heldOut = makeDataset(request.dataset, request.seed, "held-out").data;
  return {
    quality: qualityReport(request.samples, heldOut, train.data, train.dim),
    memorization: memorization(request.samples, heldOut, train.data, train.dim),
  };
}
