/**
 * The same training in Node and in the real app in Chromium: the page's default setup (the recipe's MLP on
 * moons), trained by the app's worker, against the same Trainer called directly here. The browser's rate is
 * the worker's own report (`samplesPerSec`, which counts training steps only), its median over the run.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import "../e2e/handle";
import { build, preview } from "vite";
import { makeDataset } from "../src/core/data/datasets";
import type { Engine } from "../src/core/engine/engine";
import { makeSchedule } from "../src/core/schedule";
import { Trainer } from "../src/core/training/trainer";
import { DEFAULT_SETTINGS } from "../src/state/settings";
import { mlpConfigFor, trainingSettingsFor } from "../src/state/slices/model-request";
import { callsPerSecond } from "./measure";

/** Training steps the page runs: long enough for a steady rate, short enough for a bench. */
const BROWSER_STEPS = 4000;
/** The first reports include the worker's and the engine's start-up. */
const WARMUP_REPORTS = 5;
const PORT = 4178;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether a Chromium is there to drive. */
export const browserAvailable = (): boolean => existsSync(CHROMIUM);

/** Samples/s of the app's default training, on `engine` in Node. */
export function nodeDefaultTraining(engine: Engine): number {
  const settings = DEFAULT_SETTINGS;
  const { data } = makeDataset(settings.dataset, settings.seed);
  const training = trainingSettingsFor(settings, BROWSER_STEPS);
  const model = engine.createModel(mlpConfigFor(settings), settings.seed);
  const trainer = new Trainer(makeSchedule(settings.schedule), data, model, training, settings.seed);
  return callsPerSecond(() => trainer.step(), 3) * training.batchSize;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Builds the app, serves it, trains in Chromium; the median rate the worker reported, and its engine. */
export async function browserDefaultTraining(): Promise<{ samplesPerSec: number; engine: string }> {
  const outDir = mkdtempSync(join(tmpdir(), "bench-app-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: "warn",
    build: { outDir },
    preview: { port: PORT, strictPort: true },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/#v=1&train=${BROWSER_STEPS}&t=1`);
    const reports = await page.evaluate(
      () =>
        new Promise<{ rates: number[]; engine: string }>((resolve) => {
          const { store } = window.diffusionPlayground;
          const rates: number[] = [];
          let engine = "";
          store.subscribe((state, previous) => {
            const { training } = state;
            if (training.samplesPerSec !== null && training.step !== previous.training.step) {
              rates.push(training.samplesPerSec);
              engine = training.engine ?? engine;
            }
            if (training.status === "trained") resolve({ rates, engine });
          });
        }),
    );
    return { samplesPerSec: median(reports.rates.slice(WARMUP_REPORTS)), engine: reports.engine };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
