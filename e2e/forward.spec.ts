import { expect, test, type Page } from "@playwright/test";
import "./handle";
import { hashSettlesTo } from "./page";

/** The Forward panel. */
const panel = (page: Page) => page.getByRole("region", { name: "Forward" });

/** The panel's canvas (points or heat maps) as a PNG data URL: what the reader sees, pixel for pixel. */
const canvasPixels = (page: Page): Promise<string> =>
  panel(page)
    .getByTestId("forward-canvas")
    .evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());

/** Waits until the forward run for the current settings has arrived (so the canvas shows it). */
async function forwardReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = window.diffusionPlayground.store.getState();
    return s.forward !== null && !s.forwardLoading;
  });
  // One frame for React to mount the canvas the result needs, and for its first draw.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

test("the page opens playing and the points move; Pause stops them", async ({ page }) => {
  await page.goto("./");
  await forwardReady(page);
  const pause = panel(page).getByRole("button", { name: "Pause" });
  await expect(pause).toBeVisible();
  const before = await canvasPixels(page);
  await expect.poll(() => canvasPixels(page), { timeout: 3000 }).not.toBe(before);

  await pause.click();
  await expect(panel(page).getByRole("button", { name: "Play" })).toBeVisible();
  const paused = await canvasPixels(page);
  const t = await panel(page).getByRole("slider", { name: "t" }).inputValue();
  await page.waitForTimeout(600);
  expect(await canvasPixels(page)).toBe(paused);
  expect(await panel(page).getByRole("slider", { name: "t" }).inputValue()).toBe(t);
});

test("a link whose t is the default T still opens paused at T, after the URL is rewritten", async ({
  page,
}) => {
  await page.goto("./#v=1&t=200");
  await forwardReady(page);
  await expect(panel(page).getByRole("button", { name: "Play" })).toBeVisible();
  const slider = panel(page).getByRole("slider", { name: "t" });
  await expect(slider).toHaveValue("200");
  // The sync writes the link in full (t = T is a default it leaves out); the panel still stays at T.
  await page.waitForTimeout(600);
  await expect(slider).toHaveValue("200");
  await expect(panel(page).getByRole("button", { name: "Play" })).toBeVisible();
});

test("a link with t opens paused there; step and scrub move t, the canvas and the URL", async ({ page }) => {
  await page.goto("./#v=1&t=10");
  await forwardReady(page);
  await expect(panel(page).getByRole("button", { name: "Play" })).toBeVisible();
  const slider = panel(page).getByRole("slider", { name: "t" });
  await expect(slider).toHaveValue("10");
  const atTen = await canvasPixels(page);

  await panel(page).getByRole("button", { name: "Step forward" }).click();
  await expect(slider).toHaveValue("11");
  await hashSettlesTo(page, /&t=11$/);
  expect(await canvasPixels(page)).not.toBe(atTen);

  await panel(page).getByRole("button", { name: "Step back" }).click();
  await expect(slider).toHaveValue("10");
  expect(await canvasPixels(page)).toBe(atTen);

  await slider.fill("150");
  await hashSettlesTo(page, /&t=150$/);
  await expect(panel(page).getByText("150 / 200")).toBeVisible();
});

test("switching the data set changes the URL and the picture", async ({ page }) => {
  await page.goto("./#v=1&t=5");
  await forwardReady(page);
  const moons = await canvasPixels(page);
  await panel(page).getByLabel("Data").selectOption("dino");
  await hashSettlesTo(page, /data=dino/);
  await forwardReady(page);
  expect(await canvasPixels(page)).not.toBe(moons);
  await panel(page).getByRole("slider", { name: "n" }).fill("400");
  await hashSettlesTo(page, /data=dino&n=\d+/);
  await expect(panel(page).getByText(/x_t \(\d+ points\)/)).toBeVisible();
});

test("single-dot images show as heat maps, and hovering reads a pixel's value", async ({ page }) => {
  await page.goto("./#v=1&data=image&t=1");
  await forwardReady(page);
  const canvas = panel(page).getByTestId("forward-canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no heat-map canvas");
  // The homework's 3×3 images: the first image takes the top-left third of the grid (minus gaps).
  const pixel = (box.width - 16) / 9;
  const readout = panel(page).locator(".pixel-readout");
  const valueShown = async (): Promise<number> =>
    Number((await readout.textContent())?.split(": ")[1]?.replace("−", "-"));

  await page.mouse.move(box.x + pixel * 1.5, box.y + pixel * 1.5);
  await expect(readout).toContainText("Image 1, row 2, column 2:");
  expect(await valueShown()).toBeCloseTo(1, 1); // the dot, barely noised at t = 1
  await page.mouse.move(box.x + pixel * 0.5, box.y + pixel * 0.5);
  await expect(readout).toContainText("Image 1, row 1, column 1:");
  expect(Math.abs(await valueShown())).toBeLessThan(0.1);

  // The legend states the fixed range.
  await expect(panel(page).getByRole("img", { name: /Colour scale: pixel values from -2/ })).toBeVisible();
  // Keyboard path: focus the images and walk the pixels.
  await canvas.focus();
  await page.keyboard.press("ArrowRight");
  await expect(readout).toContainText("Image 1, row 1, column 2:");
});

test("fixed and fresh noise: the toggle changes the URL and the picture", async ({ page }) => {
  await page.goto("./#v=1&t=60");
  await forwardReady(page);
  const fixed = await canvasPixels(page);
  await panel(page).getByText("Fresh ε").click();
  await hashSettlesTo(page, /noise=fresh/);
  await forwardReady(page);
  expect(await canvasPixels(page)).not.toBe(fixed);
  await expect(panel(page).getByText(/Markov chain/)).toBeVisible();
});

test("a chain too long to keep every step says which step the picture shows", async ({ page }) => {
  // 10 000 points keep 419 frames of the 2000-step chain: one step in 5, so t = 1999 shows step 1995.
  await page.goto("./#v=1&n=10000&T=2000&noise=fresh&t=1999");
  await forwardReady(page);
  const note = panel(page).getByRole("note").filter({ hasText: "too long to keep every step" });
  await expect(note).toHaveText(/one step in 5 is kept, so t = 1999 shows step 1995\.$/);
  await page.goto("./#v=1&noise=fresh&t=1999&T=2000");
  await forwardReady(page);
  await expect(panel(page).getByText("too long to keep every step")).toHaveCount(0);
});

test("drawing your own data: strokes become points and the drawing travels in the link", async ({ page }) => {
  test.slow(); // two pages
  await page.goto("./#v=1&t=1");
  await forwardReady(page);
  await panel(page).getByLabel("Data").selectOption("drawn");
  await expect(panel(page).getByText("Drag here to draw your data")).toBeVisible();
  await expect(panel(page).getByText("0 points")).toBeVisible();
  const pad = panel(page).getByRole("application", { name: /Drawing pad/ });
  const box = await pad.boundingBox();
  if (!box) throw new Error("no drawing pad");
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++)
    await page.mouse.move(box.x + box.width * (0.3 + k * 0.03), box.y + box.height * 0.3);
  await page.mouse.up();
  await hashSettlesTo(page, /data=drawn&draw=[\w-]+/);
  await expect(panel(page).getByText(/^\d+ points$/)).not.toHaveText("0 points");

  // The keyboard path adds a point at the pen, and the link follows.
  const count = panel(page).getByText(/^\d+ points$/);
  const strokeOnly = await count.textContent();
  const strokeLink = page.url();
  await pad.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(count).not.toHaveText(strokeOnly ?? "");
  await expect.poll(() => page.url()).not.toBe(strokeLink);

  // The link restores the drawing on another page.
  const link = page.url();
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(panel(other).getByLabel("Data")).toHaveValue("drawn");
  await expect(panel(other).getByText(/^\d+ points$/)).toHaveText((await count.textContent()) ?? "");
});

test("a drawing too large for a link says so beside its point count", async ({ page }) => {
  await page.goto("./#v=1&t=1");
  await forwardReady(page);
  // 2500 points by hand would be absurd: the store adds them as one long stroke.
  await page.evaluate(() => {
    const stroke = Array.from({ length: 5000 }, (_, i) => Math.sin(i * 0.37) * 3);
    window.diffusionPlayground.store.getState().addStroke(stroke);
  });
  await expect(panel(page).getByText("2500 points", { exact: true })).toBeVisible();
  await expect(
    panel(page).getByText(/Not in the link: this drawing has 2500 points; links can carry 2000/),
  ).toBeVisible();
});

test("the same link gives the same pixels", async ({ page, context }) => {
  test.slow(); // two pages
  const link = "./#v=1&data=swiss_roll&n=3000&seed=5&noise=fresh&t=37";
  await page.goto(link);
  await forwardReady(page);
  const other = await context.newPage();
  await other.goto(link);
  await forwardReady(other);
  expect(await canvasPixels(other)).toBe(await canvasPixels(page));
});

test("degenerate schedules say what happens instead of printing NaN", async ({ page }) => {
  await page.goto("./#v=1&sched=constant&beta=1&t=1");
  await forwardReady(page);
  await expect(panel(page).getByText(/this one step replaces x with pure noise/)).toBeVisible();
  await expect(panel(page).getByText("x₀ forgotten")).toBeVisible();

  await page.goto("./#v=1&sched=constant&beta=0&t=20");
  await forwardReady(page);
  await expect(panel(page).getByText(/no noise is ever added/)).toBeVisible();

  await page.goto("./#v=1&T=1");
  await forwardReady(page);
  await expect(panel(page).getByRole("button", { name: "Play" })).toBeDisabled();
  await expect(panel(page).getByText(/T = 1: a single step/)).toBeVisible();
  expect(await panel(page).textContent()).not.toMatch(/NaN|Infinity/);
});
