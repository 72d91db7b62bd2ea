import { expect, test, type Page } from "@playwright/test";
import "./handle";
import { openPaused, PRINTED_NUMBER } from "./page";

/** The Loss panel. */
const panel = (page: Page) => page.getByRole("region", { name: "Loss", exact: true });
/** One readout's printed value (see src/ui/loss: data-testid="loss.<name>"). */
const value = (page: Page, name: string) => panel(page).getByTestId(`loss.${name}`);

/** Waits until the readouts shown are for timestep t. */
async function readoutsAt(page: Page, t: number): Promise<void> {
  await expect(panel(page).getByText(`t = ${t}`, { exact: true })).toBeVisible();
  await expect(value(page, "noise")).toHaveText(PRINTED_NUMBER);
  await expect(value(page, "noise")).not.toHaveClass(/loss-stale/);
}

test("the exact denoiser's losses show as numbers next to typeset formulas", async ({ page }) => {
  const katexFonts: string[] = [];
  page.on("response", (response) => {
    if (/KaTeX_.*\.woff2$/.test(response.url()) && response.ok()) katexFonts.push(response.url());
  });
  await openPaused(page, "#v=1&model=exact&t=120");
  await readoutsAt(page, 120);
  for (const name of ["noise", "reconstruction", "prior", "step", "decoder", "weight", "mean", "weighted"]) {
    await expect(value(page, name)).toHaveText(PRINTED_NUMBER);
  }
  // KaTeX arrives after the first paint; then every formula is typeset, with fonts from this server.
  await expect(panel(page).locator(".katex").first()).toBeVisible();
  expect(await panel(page).locator(".katex").count()).toBeGreaterThanOrEqual(8);
  await expect(panel(page).locator(".tex-fallback")).toHaveCount(0);
  expect(katexFonts.length).toBeGreaterThan(0);
  expect(katexFonts.every((url) => new URL(url).hostname === "127.0.0.1")).toBe(true);

  // DDPM eq. 12: the mean loss and the ELBO-weighted noise loss agree, and both were timed.
  await expect(value(page, "weighted")).toHaveText((await value(page, "mean").textContent()) ?? "");
  await expect(value(page, "mean-time")).toHaveText(/^\d+(\.\d+)? (µs|ms)$/);
  await expect(value(page, "weighted-time")).toHaveText(/^\d+(\.\d+)? (µs|ms)$/);
  await expect(panel(page).getByText(/equal( up to \S+)? · noise loss/)).toBeVisible();
});

test("moving t changes the readouts", async ({ page }) => {
  await openPaused(page, "#v=1&model=exact&t=150");
  await readoutsAt(page, 150);
  const before = await value(page, "noise").textContent();
  const slider = page
    .getByRole("region", { name: "Forward" })
    .getByRole("slider", { name: "t", exact: true });
  await slider.fill("10");
  await readoutsAt(page, 10);
  await expect(value(page, "noise")).not.toHaveText(before ?? "");
});

test("at t = 1 with σ² = β̃ the mean loss is undefined, said in words, never NaN", async ({ page }) => {
  await openPaused(page, "#v=1&model=exact&t=1&var=betaTilde");
  await readoutsAt(page, 1);
  await expect(value(page, "mean")).toHaveText("undefined");
  await expect(value(page, "step")).toHaveText("—");
  await expect(
    panel(page)
      .getByText(/Undefined: σ_t² = 0/)
      .first(),
  ).toBeVisible();
  await expect(panel(page)).not.toContainText("NaN");
  await expect(panel(page)).not.toContainText("Infinity");
});

test("the MLP asks to be trained, then draws its training curve and reads its losses", async ({ page }) => {
  await openPaused(page, "#v=1&model=mlp&t=100");
  // Forget the model the link trains at once (it may be done in a moment), to see the panel without one.
  await page.evaluate(() => window.diffusionPlayground.store.getState().resetModel("mlp"));
  // No numbers until the MLP has weights: the panel says how to get them.
  await expect(panel(page).getByText("Train the MLP to read its losses")).toBeVisible();
  await expect(value(page, "noise")).toHaveText("—");
  // The empty chart says why once, inside its plot.
  await expect(panel(page).getByText("train the MLP to draw it")).toHaveCount(1);
  await panel(page).getByRole("button", { name: "Train the MLP" }).click();

  // With points, the chart is a slider over them.
  const chart = panel(page).getByRole("slider", { name: "Training loss" });
  await expect(chart.locator("path")).toHaveAttribute("d", /^M.*L.*L/, { timeout: 30_000 });
  await expect(value(page, "noise")).toHaveText(PRINTED_NUMBER, { timeout: 60_000 });
  // The keyboard reads the curve point by point: Home jumps to its first point, and the page's own arrow
  // shortcut (t) leaves the key to the chart.
  await expect(chart).toHaveAttribute("aria-valuetext", /^step \d+: /);
  const before = await chart.getAttribute("aria-valuetext");
  const t = await page.evaluate(() => window.diffusionPlayground.store.getState().settings.t);
  await chart.focus();
  await page.keyboard.press("Home");
  await expect(chart).not.toHaveAttribute("aria-valuetext", before ?? "");
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => window.diffusionPlayground.store.getState().settings.t)).toBe(t);
  const perStep = panel(page).getByRole("slider", { name: "Noise MSE per t" }).locator("path");
  await expect(perStep).toHaveAttribute("d", /^M.*L/);
  await expect(panel(page).getByText(/^\d+(\.\d+)?× floor$/)).toBeVisible({ timeout: 30_000 });
});
