import { expect, test, type Page } from "@playwright/test";
import "./handle";
import { hashSettlesTo, openPaused, PRINTED_NUMBER } from "./page";

/** The Reverse panel. */
const panel = (page: Page) => page.getByRole("region", { name: "Reverse" });
/** The settings tab on show (Model or Sampler). */
const tabPanel = (page: Page) => panel(page).getByRole("tabpanel");

/** How many pixels of the reverse canvas have the samples' colour (--sample, #cc79a7), roughly. */
function samplePixels(page: Page): Promise<number> {
  return page.getByTestId("reverse-canvas").evaluate((canvas) => {
    const context = (canvas as HTMLCanvasElement).getContext("2d");
    if (!context) return 0;
    const { data } = context.getImageData(
      0,
      0,
      (canvas as HTMLCanvasElement).width,
      (canvas as HTMLCanvasElement).height,
    );
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
      if (r > 150 && g > 80 && g < 150 && b > 120 && r > b) count += 1;
    }
    return count;
  });
}

/** The loss the Model tab shows, as a number (null before the first report). */
async function shownLoss(page: Page): Promise<number | null> {
  const text = (await tabPanel(page).getByLabel("Training loss").locator("b").textContent()) ?? "";
  return PRINTED_NUMBER.test(text) ? Number(text.replace("−", "-")) : null;
}

test("the MLP trains on its own from a link: the progress bar moves and the loss falls", async ({ page }) => {
  await openPaused(page, "#v=1&train=400&batch=64");
  const progress = tabPanel(page).getByRole("progressbar", { name: "Training progress" });
  await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
  await expect.poll(() => shownLoss(page)).not.toBeNull();
  const status = tabPanel(page).getByRole("status", { name: "Training status" });
  await expect(status).toHaveText("Trained: 400 steps", { timeout: 60_000 });
  expect(await progress.getAttribute("aria-valuenow")).toBe("400");
  // The sparkline of the loss so far starts high (small y) and ends low (large y).
  const path =
    (await tabPanel(page)
      .getByRole("img", { name: "Training loss so far" })
      .locator("path")
      .getAttribute("d")) ?? "";
  const ys = [...path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
  expect(ys.length).toBeGreaterThan(3);
  expect(ys.at(-1)).toBeGreaterThan((ys[0] as number) + 10);
  expect(await shownLoss(page)).toBeLessThan(0.6);
  await expect(tabPanel(page).getByLabel("Training speed")).toHaveText(
    /^[\d.]+k? samples\/s · (WASM SIMD|TypeScript)$/,
  );
  // The trained model samples straight away.
  await expect(panel(page).getByText("SW₂")).toBeVisible();
  await expect(panel(page).locator("dd").first()).toHaveText(PRINTED_NUMBER, { timeout: 60_000 });
});

test("Stop answers at once: the status says stopped and Retrain is enabled within 100 ms", async ({
  page,
}) => {
  await openPaused(page, "#v=1&train=20000");
  const status = tabPanel(page).getByRole("status", { name: "Training status" });
  await expect(status).toHaveText(/^Training: step [1-9]/, { timeout: 30_000 });
  const stop = tabPanel(page).getByRole("button", { name: "Stop" });
  await expect(stop).toBeEnabled();
  const elapsed = await page.evaluate(async () => {
    const region = document.querySelector('[aria-label="Reverse"]') as HTMLElement;
    const button = (text: string) =>
      [...region.querySelectorAll("button")].find((b) => b.textContent === text) as HTMLButtonElement;
    const statusText = region.querySelector('[aria-label="Training status"]') as HTMLElement;
    const start = performance.now();
    button("Stop").click();
    await new Promise<void>((resolve) => {
      const check = () =>
        statusText.textContent?.startsWith("Stopped at step") && !button("Retrain").disabled
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    return performance.now() - start;
  });
  expect(elapsed).toBeLessThan(100);
  await expect(stop).toBeDisabled();
  // The weights learned so far are kept, and sampling starts with them.
  await expect(panel(page).locator("dd").first()).toHaveText(PRINTED_NUMBER, { timeout: 60_000 });
});

test("generating draws samples on the canvas and shows their quality", async ({ page }) => {
  await openPaused(page, "#v=1&model=exact&n=500&steps=60");
  await expect(panel(page).getByRole("combobox", { name: "Predictor" })).toHaveValue("exact");
  const sw2 = panel(page).locator("dd").first();
  await expect(sw2).toHaveText(PRINTED_NUMBER, { timeout: 60_000 });
  // Playback ends on the samples; go to the last frame to be sure, and count their pixels.
  await page.evaluate(() => window.diffusionPlayground.store.getState().showReverseFrame(Infinity));
  await expect.poll(() => samplePixels(page)).toBeGreaterThan(200);
  await expect(panel(page).getByText("t = 0", { exact: true })).toBeVisible();
  // Scrubbing back to the start shows the noise instead: the pixels move.
  const before = await panel(page).getByTestId("reverse-canvas").screenshot();
  await panel(page).getByRole("slider", { name: "Reverse t" }).fill("0");
  await expect(panel(page).getByText("t = 200", { exact: true })).toBeVisible();
  expect(Buffer.compare(before, await panel(page).getByTestId("reverse-canvas").screenshot())).not.toBe(0);
  await expect(panel(page)).not.toContainText("NaN");
});

test("reconstruct mode and the oracle are in the link", async ({ page }) => {
  await openPaused(page, "#v=1&model=exact&n=300&steps=40");
  await panel(page).getByRole("radio", { name: "Reconstruct" }).check();
  await hashSettlesTo(page, /mode=reconstruct/);
  await expect(panel(page).getByRole("slider", { name: "Start t₀" })).toBeVisible();
  // The oracle knows the noise of real points only; picking it keeps (or switches to) reconstruction.
  await panel(page).getByRole("radio", { name: "Generate" }).check();
  await hashSettlesTo(page, /^(?!.*mode=)/);
  await panel(page).getByRole("combobox", { name: "Predictor" }).selectOption("oracle");
  await hashSettlesTo(page, /model=oracle.*mode=reconstruct/);
  await panel(page).getByRole("radio", { name: "Generate" }).check();
  await expect(
    panel(page).getByText(/the oracle knows the true noise of real data points only/i),
  ).toBeVisible();
});

test("sampler settings go into the link", async ({ page }) => {
  await openPaused(page, "#v=1&model=exact&n=300");
  await panel(page).getByRole("tab", { name: "Sampler" }).click();
  await tabPanel(page).getByRole("radio", { name: "σ² = β̃_t" }).check();
  await hashSettlesTo(page, /var=betaTilde/);
  await tabPanel(page).getByRole("radio", { name: "DDIM" }).check();
  await hashSettlesTo(page, /sampler=ddim/);
  await tabPanel(page).getByRole("slider", { name: "η" }).fill("0.5");
  await hashSettlesTo(page, /eta=0\.5/);
  await tabPanel(page).getByRole("slider", { name: "Sample steps" }).fill("50");
  await hashSettlesTo(page, /steps=50/);
  await tabPanel(page).getByRole("checkbox", { name: "Clip x̂₀" }).check();
  await hashSettlesTo(page, /clip=4/);
});

test("image data sets show samples as heat maps", async ({ page }) => {
  await openPaused(page, "#v=1&data=image&model=exact");
  await expect(panel(page).getByRole("img", { name: /Heat maps of the first samples/ })).toBeVisible();
  await expect(panel(page).locator("dd").first()).toHaveText(PRINTED_NUMBER, { timeout: 60_000 });
  await expect(panel(page).getByText(/x_t of the first 9 samples/)).toBeVisible();
  await expect(panel(page)).not.toContainText("NaN");
});
