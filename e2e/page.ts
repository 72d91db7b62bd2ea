/** Steps the specs share: waiting for the URL, opening a link paused, reading printed numbers. */
import { expect, type Page } from "@playwright/test";
import "./handle";

/** The URL's hash once the debounced write has happened. */
export async function hashSettlesTo(page: Page, expected: RegExp): Promise<void> {
  await expect.poll(() => new URL(page.url()).hash, { timeout: 5000 }).toMatch(expected);
}

/**
 * Opens a link with the forward panel's playback stopped: it moves t every frame, and the URL is written
 * only once the settings hold still.
 */
export async function openPaused(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.diffusionPlayground !== undefined);
  await page.evaluate(() => window.diffusionPlayground.store.getState().setPlaying(false));
}

/** A printed number: digits, maybe a sign, a point and an exponent ("0.0493", "6.14e−5", "−5.2"). */
export const PRINTED_NUMBER = /^−?\d+(\.\d+)?(e−?\d+)?$/;
