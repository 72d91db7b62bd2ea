import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import "./handle";

/**
 * Every export of the Export menus gives a valid, non-empty file, read back from the download: CSV and
 * JSON parse, PNGs are 1920 px wide with their axes drawn in, SVGs parse, videos are WebM. MLP weights
 * make the round trip through "Load JSON…".
 */

/** A small setup that trains and samples in seconds, paused at t = 20. */
const LINK = "#v=1&T=50&n=300&train=300&t=20";
const PANELS = ["Schedule", "Forward", "Reverse", "Loss"] as const;

interface Saved {
  readonly name: string;
  readonly bytes: Buffer;
}

async function open(page: Page, hash = LINK): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.diffusionPlayground !== undefined);
}

/** Waits until the reverse run of the trained model is on show. */
async function sampled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.diffusionPlayground.store.getState().reverse.status === "ready",
    null,
    {
      timeout: 60_000,
    },
  );
}

const menuButton = (page: Page, panel: string) => page.getByRole("button", { name: `Export from ${panel}` });

/** The labels of a panel's Export menu (the menu is closed again afterwards). */
async function menuItems(page: Page, panel: string): Promise<string[]> {
  await menuButton(page, panel).click();
  const labels = await page.getByRole("menuitem").allTextContents();
  await menuButton(page, panel).click();
  return labels;
}

/** Chooses an item of a panel's Export menu and reads the file it downloads. */
async function exportFile(page: Page, panel: string, item: string, timeout = 30_000): Promise<Saved> {
  await menuButton(page, panel).click();
  const download = page.waitForEvent("download", { timeout });
  await page.getByRole("menuitem", { name: item, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width and height from a PNG's IHDR chunk (after the signature: length, "IHDR", width, height). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pixel counts of a PNG in a region (fractions of its size), decoded by the browser. */
function pngPixels(page: Page, bytes: Buffer, region: { x0: number; y0: number; x1: number; y1: number }) {
  return page.evaluate(
    async ({ base64, region }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      context.drawImage(bitmap, 0, 0);
      const x = Math.round(region.x0 * bitmap.width);
      const y = Math.round(region.y0 * bitmap.height);
      const w = Math.round((region.x1 - region.x0) * bitmap.width);
      const h = Math.round((region.y1 - region.y0) * bitmap.height);
      const pixels = context.getImageData(x, y, w, h).data;
      const counts = { light: 0, blue: 0, yellow: 0 };
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i] as number, pixels[i + 1] as number, pixels[i + 2] as number];
        if (r > 150 && g > 150 && b > 150) counts.light += 1;
        if (b > 170 && g > 130 && r < 130) counts.blue += 1;
        if (r > 200 && g > 180 && b < 110) counts.yellow += 1;
      }
      return counts;
    },
    { base64: bytes.toString("base64"), region },
  );
}

/** A CSV's header and rows. */
function parseCsv(bytes: Buffer): { header: string[]; rows: number[][] } {
  const [header = "", ...lines] = bytes.toString("utf8").trimEnd().split("\n");
  return { header: header.split(","), rows: lines.map((line) => line.split(",").map(Number)) };
}

/** A WebM file: an EBML header whose doc type is "webm", and more than a few frames' worth of bytes. */
function expectWebm(saved: Saved): void {
  expect(saved.name).toMatch(/\.webm$/);
  expect([...saved.bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(saved.bytes.subarray(0, 64).toString("latin1")).toContain("webm");
  expect(saved.bytes.length).toBeGreaterThan(10_000);
}

/** What the browser reads from a video file: its frame size and duration. */
function videoFacts(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const video = document.createElement("video");
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([data], { type: "video/webm" }));
    await new Promise((resolve, reject) => {
      video.onloadeddata = resolve;
      video.onerror = () => reject(new Error("the browser cannot play the file"));
    });
    return { width: video.videoWidth, height: video.videoHeight, duration: video.duration };
  }, bytes.toString("base64"));
}

/** The forward panel's t, as its slider shows it. */
const forwardT = (page: Page) =>
  page.getByRole("region", { name: "Forward" }).getByRole("slider", { name: "t", exact: true }).inputValue();

test("every chart of every panel exports as a 1920 px PNG and as an SVG that parses", async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await sampled(page);
  let charts = 0;
  for (const panel of PANELS) {
    const items = await menuItems(page, panel);
    expect(items.filter((item) => item.endsWith("(PNG)")).length, panel).toBeGreaterThan(0);
    for (const item of items.filter((label) => /\((PNG|SVG)\)$/.test(label))) {
      const saved = await exportFile(page, panel, item);
      if (item.endsWith("(PNG)")) {
        expect(saved.name).toMatch(/^diffusion-[a-z0-9-]+\.png$/);
        const { width, height } = pngSize(saved.bytes);
        expect(width, item).toBe(1920);
        expect(height, item).toBeGreaterThan(20);
      } else {
        charts += 1;
        const text = saved.bytes.toString("utf8");
        const parsed = await page.evaluate((svg) => {
          const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
          return {
            error: doc.querySelector("parsererror") !== null,
            root: doc.documentElement.localName,
            shapes: doc.querySelectorAll("path, line, rect, circle, text").length,
          };
        }, text);
        expect(parsed, item).toMatchObject({ error: false, root: "svg" });
        // Beyond the backdrop, at least one mark (a sparkline is a single path).
        expect(parsed.shapes, item).toBeGreaterThanOrEqual(2);
      }
    }
  }
  expect(charts).toBeGreaterThanOrEqual(6);
});

test("canvas views export with their axes and legend drawn in", async ({ page }) => {
  await open(page);
  const plot = await exportFile(page, "Forward", "Forward points x_t (PNG)");
  expect(plot.name).toBe("diffusion-forward-points-x-t.png");
  expect(pngSize(plot.bytes).width).toBe(1920);
  // Tick labels stand in the left margin (30 of ~368 CSS px); the points are sky blue inside the frame.
  expect((await pngPixels(page, plot.bytes, { x0: 0, y0: 0, x1: 0.07, y1: 0.9 })).light).toBeGreaterThan(50);
  expect((await pngPixels(page, plot.bytes, { x0: 0.1, y0: 0, x1: 1, y1: 0.9 })).blue).toBeGreaterThan(500);

  await open(page, "#v=1&data=image&t=10");
  const heat = await exportFile(page, "Forward", "Forward heat maps x_t (PNG)");
  const { height } = pngSize(heat.bytes);
  expect(height).toBeGreaterThan(1000);
  // The colour scale sits under the heat maps: its yellow end and its tick labels are in the picture.
  const legend = await pngPixels(page, heat.bytes, { x0: 0, y0: 0.9, x1: 1, y1: 1 });
  expect(legend.yellow).toBeGreaterThan(100);
  expect(legend.light).toBeGreaterThan(50);
});

test("canvas views are drawn again at the picture's density for a PNG, not scaled up from the screen", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Records every on-page canvas drawn into a 1920 px picture: its own width, and the width it fills there.
  await page.addInitScript(() => {
    const copies: { source: number; drawn: number }[] = [];
    Object.assign(window, { canvasCopies: copies });
    const drawImage = CanvasRenderingContext2D.prototype.drawImage;
    CanvasRenderingContext2D.prototype.drawImage = function (
      this: CanvasRenderingContext2D,
      ...args: unknown[]
    ) {
      const [image, , , width] = args;
      if (this.canvas.width === 1920 && image instanceof HTMLCanvasElement && image.isConnected) {
        copies.push({ source: image.width, drawn: Number(width) });
      }
      return (drawImage as (...a: unknown[]) => void).apply(this, args);
    } as typeof drawImage;
  });
  const copies = () =>
    page.evaluate(() =>
      (window as unknown as { canvasCopies: { source: number; drawn: number }[] }).canvasCopies.splice(0),
    );
  const onScreen = (testId: string) =>
    page.locator(`canvas[data-export-name="${testId}"]`).evaluate((canvas: HTMLCanvasElement) => ({
      backing: canvas.width,
      screen: canvas.getBoundingClientRect().width * window.devicePixelRatio,
    }));

  for (const [hash, panel, view] of [
    [LINK, "Forward", "Forward points x_t"],
    ["#v=1&data=image&t=10", "Forward", "Forward heat maps x_t"],
    [LINK, "Reverse", "Reverse points x_t"],
  ] as const) {
    await open(page, hash);
    if (panel === "Reverse") await sampled(page);
    await exportFile(page, panel, `${view} (PNG)`);
    const drawn = await copies();
    expect(drawn.length, view).toBeGreaterThan(0);
    for (const copy of drawn) expect(copy.source, view).toBeGreaterThanOrEqual(Math.floor(copy.drawn));
    // Afterwards the view on screen is back at the screen's density.
    const { backing, screen } = await onScreen(view);
    expect(Math.abs(backing - screen), view).toBeLessThanOrEqual(1);
  }
});

test("the schedule, x_t, samples and trajectories download as CSV and JSON that parse", async ({ page }) => {
  await open(page);
  const schedule = parseCsv((await exportFile(page, "Schedule", "Schedule table (CSV)")).bytes);
  expect(schedule.header.slice(0, 4)).toEqual(["t", "beta", "alpha", "alpha_bar"]);
  expect(schedule.rows.map((row) => row[0])).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  const scheduleJson = JSON.parse(
    (await exportFile(page, "Schedule", "Schedule table (JSON)")).bytes.toString(),
  );
  expect(scheduleJson).toHaveLength(50);

  const xt = await exportFile(page, "Forward", "x_t at the t on show (CSV)");
  expect(xt.name).toBe("diffusion-forward-x-t-t-20.csv");
  const points = parseCsv(xt.bytes);
  expect(points.header).toEqual(["x", "y"]);
  expect(points.rows).toHaveLength(300);
  expect(points.rows.flat().every(Number.isFinite)).toBe(true);
  const xtJson = JSON.parse(
    (await exportFile(page, "Forward", "x_t at the t on show (JSON)")).bytes.toString(),
  );
  expect(xtJson).toHaveLength(300);
  expect(Object.keys(xtJson[0])).toEqual(["x", "y"]);

  await sampled(page);
  const samples = parseCsv((await exportFile(page, "Reverse", "Samples (CSV)")).bytes);
  expect(samples.header).toEqual(["x", "y"]);
  expect(samples.rows.length).toBeGreaterThan(40);
  const samplesJson = JSON.parse((await exportFile(page, "Reverse", "Samples (JSON)")).bytes.toString());
  expect(samplesJson).toHaveLength(samples.rows.length);
  const trajectories = parseCsv((await exportFile(page, "Reverse", "Trajectories (CSV)")).bytes);
  expect(trajectories.header).toEqual(["t", "point", "x", "y"]);
  expect(trajectories.rows.length % samples.rows.length).toBe(0);
  // The run goes from T = 50 down to 0, and its last frame is the samples.
  expect(trajectories.rows[0]?.[0]).toBe(50);
  const last = trajectories.rows.slice(-samples.rows.length);
  expect(last.every((row) => row[0] === 0)).toBe(true);
  expect(last.map((row) => row.slice(2))).toEqual(samples.rows);
  const trajectoriesJson = JSON.parse(
    (await exportFile(page, "Reverse", "Trajectories (JSON)")).bytes.toString(),
  );
  expect(trajectoriesJson).toHaveLength(trajectories.rows.length);
});

test("the forward process records as WebM under a progress dialog, and the panel is put back", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page);
  await menuButton(page, "Forward").click();
  const download = page.waitForEvent("download", { timeout: 100_000 });
  await page.getByRole("menuitem", { name: "Animation, t = 1 to T (WebM)" }).click();
  const dialog = page.getByRole("dialog", { name: "Recording the forward process" });
  await expect(dialog).toBeVisible();
  const progress = dialog.getByRole("progressbar", { name: "Recording progress" });
  await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
  await expect(dialog).toContainText(/Forward process: t = \d+ of 50/);
  const file = await download;
  const bytes = await readFile(await file.path());
  expectWebm({ name: file.suggestedFilename(), bytes });
  // Every frame is kept: 0.5 s on x_0, the 6 s pass of the panel's own playback, 1.5 s on the noise.
  const facts = await videoFacts(page, bytes);
  expect(facts.duration).toBeCloseTo(8, 1);
  expect(facts.width).toBeGreaterThan(600);
  await expect(dialog).toBeHidden();
  expect(await forwardT(page)).toBe("20");
});

test("the reverse run records as WebM", async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await sampled(page);
  const saved = await exportFile(page, "Reverse", "Animation of the run (WebM)", 100_000);
  expectWebm(saved);
  expect(saved.name).toBe("diffusion-reverse-process.webm");
  expect((await videoFacts(page, saved.bytes)).duration).toBeCloseTo(6, 1);
});

test("cancelling a recording saves nothing and puts t back", async ({ page }) => {
  await open(page);
  let downloads = 0;
  page.on("download", () => (downloads += 1));
  await menuButton(page, "Forward").click();
  await page.getByRole("menuitem", { name: "Animation, t = 1 to T (WebM)" }).click();
  const dialog = page.getByRole("dialog", { name: "Recording the forward process" });
  const progress = dialog.getByRole("progressbar", { name: "Recording progress" });
  await expect
    .poll(async () => Number(await progress.getAttribute("aria-valuenow")), { timeout: 20_000 })
    .toBeGreaterThan(5);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Export cancelled" })).toBeVisible();
  // Esc cancels too.
  await menuButton(page, "Forward").click();
  await page.getByRole("menuitem", { name: "Animation, t = 1 to T (WebM)" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(1500);
  expect(downloads).toBe(0);
  expect(await forwardT(page)).toBe("20");
});

test("a browser without WebCodecs records through MediaRecorder", async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => Reflect.deleteProperty(window, "VideoEncoder"));
  await open(page);
  expectWebm(await exportFile(page, "Forward", "Animation, t = 1 to T (WebM)", 100_000));
});

test("a browser that encodes no video is told so in words", async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, "VideoEncoder");
    Reflect.deleteProperty(window, "MediaRecorder");
  });
  await open(page);
  await menuButton(page, "Forward").click();
  await page.getByRole("menuitem", { name: "Animation, t = 1 to T (WebM)" }).click();
  const forward = page.getByRole("region", { name: "Forward" });
  await expect(forward.getByRole("alert")).toHaveText(/^Export failed: this browser cannot make videos/);
  expect(await forwardT(page)).toBe("20");
});

test("saved MLP weights load back and are sampled with", async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await sampled(page);
  const reverse = page.getByRole("region", { name: "Reverse" });
  const saved = await exportFile(page, "Reverse", "MLP weights (JSON)");
  expect(saved.name).toMatch(/^diffusion-mlp-weights-width-\d+-depth-\d+\.json$/);
  const weights = JSON.parse(saved.bytes.toString()) as { config: { inputDim: number }; params: number[] };
  expect(weights.config.inputDim).toBe(2);
  expect(weights.params.length).toBeGreaterThan(100);

  const before = (await exportFile(page, "Reverse", "Samples (CSV)")).bytes.toString();

  await reverse.getByRole("button", { name: "Clear" }).click();
  await expect(reverse.getByRole("status", { name: "Training status" })).toHaveText("Untrained: press Train");
  await expect(reverse).toContainText(/train the MLP to sample with it/i);
  await reverse.getByLabel("Load MLP weights from a JSON file").setInputFiles({
    name: "weights.json",
    mimeType: "application/json",
    buffer: saved.bytes,
  });
  await expect(reverse.getByRole("status").filter({ hasText: "Loaded weights.json" })).toBeVisible();
  await expect(reverse.getByRole("status", { name: "Training status" })).toHaveText(/^Loaded from a file/);
  // The loaded model samples: the samples' colour (--sample, reddish purple) fills the reverse canvas.
  await expect
    .poll(() =>
      page.getByTestId("reverse-canvas").evaluate((canvas) => {
        const { width, height } = canvas as HTMLCanvasElement;
        const data = (canvas as HTMLCanvasElement).getContext("2d")?.getImageData(0, 0, width, height).data;
        let count = 0;
        for (let i = 0; data && i < data.length; i += 4) {
          const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
          if (r > 150 && g > 80 && g < 150 && b > 120 && r > b) count += 1;
        }
        return count;
      }),
    )
    .toBeGreaterThan(200);
  // The same weights and the same seed: the very same samples, to the last digit.
  await sampled(page);
  expect((await exportFile(page, "Reverse", "Samples (CSV)")).bytes.toString()).toBe(before);
});

test("a bad weights file is refused with the reason, and the model stays", async ({ page }) => {
  await open(page);
  await sampled(page);
  const reverse = page.getByRole("region", { name: "Reverse" });
  const input = reverse.getByLabel("Load MLP weights from a JSON file");
  await input.setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from("hello"),
  });
  await expect(reverse.getByRole("alert")).toHaveText(
    "Could not load notes.json: the file is not JSON; choose a weights file saved from this app.",
  );
  const wrong = JSON.stringify({ config: { inputDim: 9 }, params: [] });
  await input.setInputFiles({ name: "odd.json", mimeType: "application/json", buffer: Buffer.from(wrong) });
  await expect(reverse.getByRole("alert")).toContainText(
    "Could not load odd.json: the file does not hold MLP weights",
  );
  await expect(reverse.getByRole("status", { name: "Training status" })).toHaveText("Trained: 300 steps");
});

test("weights for other data are refused, naming both dimensions", async ({ page }) => {
  await open(page);
  await sampled(page);
  const saved = await exportFile(page, "Reverse", "MLP weights (JSON)");
  await open(page, "#v=1&data=image&T=50&train=100&t=20");
  const reverse = page.getByRole("region", { name: "Reverse" });
  await reverse.getByLabel("Load MLP weights from a JSON file").setInputFiles({
    name: "points.json",
    mimeType: "application/json",
    buffer: saved.bytes,
  });
  await expect(reverse.getByRole("alert")).toContainText(
    "2 values per point (points in the plane), but the data on show has 9 values per point (3×3 images)",
  );
});
