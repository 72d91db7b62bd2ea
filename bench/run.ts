/**
 * `npm run bench`: our training and sampling speed on the reference net (tiny-diffusion's MLP, see
 * ../shared/bench/README.md), the time the default product setup needs to reach the quality target, the
 * exact denoiser's cost, and, where ../shared/bench exists, the peers measured in the same sitting. Each
 * is measured on both engines: the TypeScript reference and the SIMD engine (compiled from its
 * AssemblyScript now, as the app's build does). `npm run bench -- --json` prints one JSON object instead,
 * whose top-level numbers are the engine the browser would use; `--no-peers` skips the peers.
 * `--browser` also trains the app's default setup in Chromium (the built app, its worker) and in Node, to
 * show the browser keeps Node's speed.
 */
import { makeDataset } from "../src/core/data/datasets";
import { QUALITY_TARGET_RATIO as QUALITY_TARGET, qualityReport } from "../src/core/metrics/quality-report";
import { TYPESCRIPT_ENGINE, loadEngine, type Engine, type EngineName } from "../src/core/engine/engine";
import { REFERENCE_MLP_CONFIG } from "../src/core/nn/config";
import { mlpPredictor } from "../src/core/predictors/mlp-predictor";
import { DEFAULT_RECIPE } from "../src/core/recipe";
import { fillNormal, makeRng } from "../src/core/rng";
import { DEFAULT_SAMPLER } from "../src/core/sampling/sampler";
import { generate } from "../src/core/sampling/start";
import { makeSchedule } from "../src/core/schedule";
import { Trainer } from "../src/core/training/trainer";
import { compileEngine } from "../tools/engine-wasm";
import { browserAvailable, browserDefaultTraining, nodeDefaultTraining } from "./browser";
import { callsPerSecond, secondsFor } from "./measure";
import { measurePeers, peersAvailable, type PeerNumbers } from "./peers";

const BATCH = 256;
const MEASURE_SECONDS = 3;
/** The quality check runs this often (in training steps); only training time is counted. */
const EVAL_EVERY = 100;
const MAX_TRAIN_SECONDS = 60;
/** The exact denoiser's stated load: 2000 samples against 2000 data points over T = 1000 steps. */
const EXACT_SAMPLES = 2000;
/** Cost is linear in the number of samples, so a tenth of them is timed and scaled. */
const EXACT_TIMED_SAMPLES = 200;

const args = new Set(process.argv.slice(2));
const json = args.has("--json");
const log = (line: string) => json || console.log(line);

/** The reference net trained as the peers do: T = 50, linear betas 1e-4..0.02, Adam 1e-3, 8000 points. */
function referenceTraining(engine: Engine, batchSize: number): number {
  const schedule = makeSchedule({ family: "linear", T: 50, betaStart: 1e-4, betaEnd: 0.02 });
  const data = fillNormal(makeRng(0, "bench-data"), new Float32Array(8000 * 2));
  const model = engine.createModel(REFERENCE_MLP_CONFIG, 0);
  const trainer = new Trainer(
    schedule,
    data,
    model,
    {
      batchSize,
      lr: 1e-3,
      optimizer: "adam",
      lrSchedule: "constant",
      totalSteps: 1,
      maxGradNorm: null,
      emaDecay: null,
    },
    0,
  );
  return callsPerSecond(() => trainer.step(), MEASURE_SECONDS) * batchSize;
}

/** One forward pass of the reference net per step over 1000 points, as the peers count point-steps. */
function referenceSampling(engine: Engine): number {
  const points = 1000;
  const model = engine.createModel(REFERENCE_MLP_CONFIG, 0);
  const x = fillNormal(makeRng(0, "bench-start"), new Float32Array(points * 2));
  const eps = new Float32Array(points * 2);
  const t = new Int32Array(points);
  let step = 0;
  const rate = callsPerSecond(() => {
    model.predict(x, t.fill((step++ % 50) + 1), points, eps);
    for (let k = 0; k < x.length; k++) x[k] = (x[k] as number) - 0.01 * (eps[k] as number);
  }, MEASURE_SECONDS);
  return rate * points;
}

/** Training seconds until samples of the default setup come within QUALITY_TARGET× the data's floor. */
function secondsToQuality(engine: Engine): Quality {
  const recipe = DEFAULT_RECIPE;
  const schedule = makeSchedule(recipe.schedule);
  const train = makeDataset(recipe.dataset, 0);
  const heldOut = makeDataset(recipe.dataset, 0, "held-out");
  const trainer = new Trainer(schedule, train.data, engine.createModel(recipe.model, 0), recipe.training, 0);
  let seconds = 0;
  let ratio = Infinity;
  while (ratio > QUALITY_TARGET && seconds < MAX_TRAIN_SECONDS) {
    seconds += secondsFor(() => {
      for (let i = 0; i < EVAL_EVERY; i++) trainer.step();
    });
    const sampler = generate(schedule, mlpPredictor(trainer.samplingModel()), recipe.sampler, train.n, 1);
    sampler.run();
    ratio = qualityReport(sampler.x, heldOut.data, train.data, 2).ratio;
    log(
      `  after ${trainer.stepCount} steps (${seconds.toFixed(2)} s of training): ${ratio.toFixed(2)}× the floor`,
    );
  }
  return { seconds, ratio, steps: trainer.stepCount };
}

/** Seconds for the exact denoiser to sample EXACT_SAMPLES points against 2000 data points at T = 1000. */
function exactDenoiserSeconds(engine: Engine): number {
  const schedule = makeSchedule({ family: "linear", T: 1000, betaStart: 1e-4, betaEnd: 0.02 });
  const data = makeDataset({ kind: "points", name: "moons", n: 2000 }, 0);
  const denoiser = engine.exactDenoiser(schedule, data.data, 2);
  const sampler = generate(schedule, denoiser, { ...DEFAULT_SAMPLER, steps: 1000 }, EXACT_TIMED_SAMPLES, 0);
  return secondsFor(() => sampler.run()) * (EXACT_SAMPLES / EXACT_TIMED_SAMPLES);
}

interface Quality {
  seconds: number;
  ratio: number;
  steps: number;
}

/** Everything measured on one engine. */
interface EngineNumbers {
  trainSamplesPerSec: number;
  train32SamplesPerSec: number;
  samplePointStepsPerSec: number;
  quality: Quality;
  exactDenoiserSeconds: number;
}

function measureEngine(engine: Engine): EngineNumbers {
  log(
    `${engine.name}: reference net (${REFERENCE_MLP_CONFIG.width} wide, ${REFERENCE_MLP_CONFIG.depth} residual GELU blocks), one core:`,
  );
  const trainSamplesPerSec = referenceTraining(engine, BATCH);
  log(`  train batch=${BATCH}: ${trainSamplesPerSec.toFixed(0)} samples/s`);
  const train32SamplesPerSec = referenceTraining(engine, 32);
  log(`  train batch=32: ${train32SamplesPerSec.toFixed(0)} samples/s`);
  const samplePointStepsPerSec = referenceSampling(engine);
  log(`  sample points=1000: ${samplePointStepsPerSec.toFixed(0)} point-steps/s`);
  log(
    `${engine.name}: default setup (${DEFAULT_RECIPE.dataset.kind === "points" ? DEFAULT_RECIPE.dataset.name : "images"}), to ${QUALITY_TARGET}× the data's floor:`,
  );
  const quality = secondsToQuality(engine);
  log(
    `  reached ${quality.ratio.toFixed(2)}× after ${quality.steps} steps: ${quality.seconds.toFixed(2)} s of training`,
  );
  const exactSeconds = exactDenoiserSeconds(engine);
  log(
    `${engine.name}: exact denoiser, ${EXACT_SAMPLES} samples × 2000 points × 1000 steps: ${exactSeconds.toFixed(1)} s (timed on ${EXACT_TIMED_SAMPLES}, scaled)`,
  );
  return {
    trainSamplesPerSec,
    train32SamplesPerSec,
    samplePointStepsPerSec,
    quality,
    exactDenoiserSeconds: exactSeconds,
  };
}

// The engine a browser with WebAssembly SIMD gets (the SIMD one here: Node has SIMD), then the fallback.
const browserEngine = await loadEngine(await compileEngine());
const engines = [browserEngine, TYPESCRIPT_ENGINE];
const measured = new Map<EngineName, EngineNumbers>(
  engines.map((engine) => [engine.name, measureEngine(engine)]),
);
const ours = measured.get(browserEngine.name)!;
const { trainSamplesPerSec, samplePointStepsPerSec } = ours;

let peers: Record<string, PeerNumbers> = {};
if (!args.has("--no-peers") && peersAvailable()) {
  log(`Peers, measured now (../shared/bench/run-peers.sh), against ${browserEngine.name}:`);
  peers = measurePeers(BATCH);
  const versus = (ours: number, theirs: number | null) =>
    theirs ? `${theirs.toFixed(0)} (ours ${(ours / theirs).toFixed(2)}×)` : "not measured";
  for (const [name, p] of Object.entries(peers)) {
    log(
      `  ${name}: train samples/s ${versus(trainSamplesPerSec, p.trainSamplesPerSec)}, ` +
        `sample point-steps/s ${versus(samplePointStepsPerSec, p.samplePointStepsPerSec)}`,
    );
  }
}

/** The app's default training in Chromium against the same training in Node, when asked and possible. */
let browser: { engine: string; samplesPerSec: number; nodeSamplesPerSec: number; ratio: number } | null =
  null;
if (args.has("--browser") && browserAvailable()) {
  const nodeSamplesPerSec = nodeDefaultTraining(browserEngine);
  const inBrowser = await browserDefaultTraining();
  const ratio = inBrowser.samplesPerSec / nodeSamplesPerSec;
  browser = { ...inBrowser, nodeSamplesPerSec, ratio };
  log(
    `App default training, ${inBrowser.engine} in Chromium's worker: ${inBrowser.samplesPerSec.toFixed(0)} samples/s; ` +
      `${browserEngine.name} in Node: ${nodeSamplesPerSec.toFixed(0)} (browser/Node ${ratio.toFixed(2)})`,
  );
}

if (json) {
  const round = (v: number) => Math.round(v * 100) / 100;
  const summary = ({ quality, ...rates }: EngineNumbers) => ({
    trainSamplesPerSec: Math.round(rates.trainSamplesPerSec),
    train32SamplesPerSec: Math.round(rates.train32SamplesPerSec),
    samplePointStepsPerSec: Math.round(rates.samplePointStepsPerSec),
    secondsToQuality: quality.ratio <= QUALITY_TARGET ? round(quality.seconds) : null,
    exactDenoiserSeconds: round(rates.exactDenoiserSeconds),
  });
  console.log(
    JSON.stringify({
      ...summary(ours),
      engine: browserEngine.name,
      net: "reference",
      batch: BATCH,
      engines: Object.fromEntries([...measured].map(([name, numbers]) => [name, summary(numbers)])),
      peers,
      browser,
    }),
  );
}
