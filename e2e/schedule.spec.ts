import { expect, test, type Locator, type Page } from "@playwright/test";
import { makeSchedule } from "../src/core/schedule";
import { formatNumber } from "../src/ui/controls/format";
import { hashSettlesTo } from "./page";

/** The hash of the page's URL once the debounced write has happened. */
/**
 * Opens a link without the forward playback the page otherwise starts with (it honours reduced motion),
 * so t holds still while the test reads the charts.
 */
async function open(page: Page, hash = ""): Promise<Locator> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`./${hash}`);
  return page.getByRole("region", { name: "Schedule" });
}

const chart = (panel: Locator, label: RegExp) =>
  panel.locator("figure.schedule-chart").filter({ has: panel.page().getByRole("img", { name: label }) });
const betaChart = (panel: Locator) => chart(panel, /^β_t for t/);
const alphaChart = (panel: Locator) => chart(panel, /^ᾱ_t, √ᾱ_t/);
const snrChart = (panel: Locator) => chart(panel, /^log SNR_t/);
/** The d attribute of a chart's line (not the pinned ghost). */
const lineOf = (figure: Locator, series: string) =>
  figure.locator(`path.line.series-${series}:not(.ghost)`).getAttribute("d");
const readout = (figure: Locator) => figure.locator(".chart-readout .value").first();
const legendValue = (panel: Locator, series: string) =>
  alphaChart(panel).locator(`.legend .series-${series} .value`);

test("changing β_end or the family redraws the charts and readouts, and rewrites the link", async ({
  page,
}) => {
  const panel = await open(page);
  const betaBefore = await lineOf(betaChart(panel), "beta");
  const alphaBefore = await legendValue(panel, "alpha-bar").textContent();

  const betaEnd = panel.getByRole("textbox", { name: "β_end, exact value" });
  await betaEnd.fill("0.05");
  await betaEnd.press("Enter");
  await hashSettlesTo(page, /[#&]b1=0\.05(&|$)/);
  await expect.poll(() => lineOf(betaChart(panel), "beta")).not.toBe(betaBefore);
  await expect(legendValue(panel, "alpha-bar")).not.toHaveText(alphaBefore ?? "");

  // The slider moves between round values, on a log scale.
  await panel.getByRole("slider", { name: "β_end", exact: true }).press("ArrowRight");
  await hashSettlesTo(page, /[#&]b1=0\.06(&|$)/);

  const logSnrBefore = await lineOf(snrChart(panel), "log-snr");
  await panel.getByLabel("Family").selectOption("cosine");
  await hashSettlesTo(page, /[#&]sched=cosine(&|$)/);
  await expect(panel.getByRole("slider", { name: "offset s" })).toBeVisible();
  await expect(panel.getByRole("slider", { name: "β_end", exact: true })).toHaveCount(0);
  await expect.poll(() => lineOf(snrChart(panel), "log-snr")).not.toBe(logSnrBefore);
  // Back to linear: the β_end chosen before is still there.
  await panel.getByLabel("Family").selectOption("linear");
  await expect(betaEnd).toHaveValue("0.06");
});

test("a shorter T keeps t inside it, and clicking a chart sets t", async ({ page }) => {
  const panel = await open(page, "#v=1&t=150");
  const T = panel.getByRole("textbox", { name: "T, exact value", exact: true });
  await T.fill("50");
  await T.press("Enter");
  await hashSettlesTo(page, /^#v=1&T=50$/); // t = 50 = T is the default there, so the link leaves it out
  await expect(snrChart(panel).locator(".current-label")).toHaveText("50");
  // The store refuses settings with t beyond T, and would say so.
  await expect(page.getByText(/out of range/)).toHaveCount(0);

  const plot = snrChart(panel).locator(".pointer-surface");
  const box = await plot.boundingBox();
  if (!box) throw new Error("the log SNR chart has no size");
  await page.mouse.click(box.x + 1, box.y + box.height / 2);
  await hashSettlesTo(page, /[#&]t=1(&|$)/);
  await expect(snrChart(panel).locator(".current-label")).toHaveText("1");
});

test("hovering a chart reads exact values at that t", async ({ page }) => {
  const panel = await open(page);
  const schedule = makeSchedule({ family: "linear", T: 200, betaStart: 5e-4, betaEnd: 0.1 });
  const plot = alphaChart(panel).locator(".pointer-surface");
  const box = await plot.boundingBox();
  if (!box) throw new Error("the ᾱ chart has no size");
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);

  const hovered = snrChart(panel).locator(".hover-label");
  await expect(hovered).toBeVisible();
  const t = Number(await hovered.textContent());
  expect(t).toBeGreaterThan(40);
  expect(t).toBeLessThan(80);
  await expect(alphaChart(panel).locator("line.hover-t")).toHaveCount(1);
  const i = t - 1;
  await expect(readout(betaChart(panel))).toHaveText(formatNumber(schedule.betas[i]!));
  await expect(legendValue(panel, "alpha-bar")).toHaveText(formatNumber(schedule.alphaBars[i]!));
  await expect(legendValue(panel, "signal")).toHaveText(formatNumber(schedule.sqrtAlphaBars[i]!));
  await expect(legendValue(panel, "noise")).toHaveText(formatNumber(schedule.sqrtOneMinusAlphaBars[i]!));
  await expect(readout(snrChart(panel))).toHaveText(formatNumber(schedule.logSnr[i]!));

  // Leaving the chart returns the readouts to the current t (T = 200 here).
  await page.mouse.move(box.x + box.width / 2, box.y - 200);
  await expect(hovered).toHaveCount(0);
  await expect(legendValue(panel, "alpha-bar")).toHaveText(formatNumber(schedule.alphaBars[199]!));

  // At t = 1 the readouts keep the digits that tell ᾱ_1 = 0.9995 from 1 (which would mean no noise).
  await betaChart(panel).getByRole("slider").focus();
  await page.keyboard.press("Home");
  await expect(legendValue(panel, "alpha-bar")).toHaveText("0.9995");
  // Each line of the chart is named on the line itself, not by its colour alone.
  await expect(alphaChart(panel).locator("text.line-label")).toHaveText(["ᾱ", "√ᾱ", "√(1−ᾱ)"]);
});

test("pinning draws the schedule as a ghost on every chart and puts it in the link", async ({ page }) => {
  const panel = await open(page);
  await expect(panel.locator("path.ghost")).toHaveCount(0);
  await panel.getByRole("button", { name: "Pin for comparison" }).click();
  await hashSettlesTo(page, /[#&]cmp=linear,200,5e-4,0\.1(&|$)/);
  // β, the three forward coefficients and log SNR.
  await expect(panel.locator("path.line.ghost")).toHaveCount(5);
  await expect(panel.locator(".pinned-legend")).toHaveText(/Pinned: linear, T = 200, β 5e−4 → 0\.1/);

  await panel.getByLabel("Family").selectOption("cosine");
  await hashSettlesTo(page, /sched=cosine.*cmp=linear,200,5e-4,0\.1/);
  await expect(panel.locator("path.line.ghost")).toHaveCount(5);
  const ghost = await betaChart(panel).locator("path.line.ghost").getAttribute("d");
  expect(ghost).not.toBe(await lineOf(betaChart(panel), "beta"));
  await expect(betaChart(panel).locator(".pinned-value")).toHaveText(/^pinned \d/);

  // The link restores the pin; Unpin removes the ghost and the key.
  await page.reload();
  await expect(panel.locator("path.line.ghost")).toHaveCount(5);
  await panel.getByRole("button", { name: /^Unpin/ }).click();
  await expect(panel.locator("path.line.ghost")).toHaveCount(0);
  await hashSettlesTo(page, /^#v=1&sched=cosine$/);
});

test("a comparison the link cannot read is dropped with a notice", async ({ page }) => {
  const panel = await open(page, "#v=1&cmp=cosine,200");
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("the pinned comparison schedule");
  await expect(panel.locator("path.ghost")).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Pin for comparison" })).toBeVisible();
});

test("the β = 1 preset says what to look for and shows ᾱ = 0 and log SNR = −∞", async ({ page }) => {
  const panel = await open(page);
  await panel
    .getByRole("combobox", { name: "Preset schedules" })
    .selectOption({ label: "β = 1 (noise in one step)" });
  await hashSettlesTo(page, /[#&]sched=constant&T=10&beta=1(&|$)/);
  await expect(panel.locator(".preset-look")).toContainText("β = 1 (noise in one step).");
  await expect(panel.locator(".preset-look")).toContainText("is already pure N(0, I) noise");
  await expect(legendValue(panel, "alpha-bar")).toHaveText("0");
  await expect(legendValue(panel, "signal")).toHaveText("0");
  await expect(legendValue(panel, "noise")).toHaveText("1");
  await expect(readout(snrChart(panel))).toHaveText("−∞");
  await expect(snrChart(panel).locator(".chart-message")).toHaveText("−∞ at every t: no signal");
  await expect(panel.locator(".schedule-warning")).toContainText("from t = 1: nothing of x0 is left");
  await expect(panel.locator(".schedule-note")).toContainText("1/√αt is undefined");
  await expect(panel).not.toContainText(/NaN|Infinity/);

  await panel
    .getByRole("combobox", { name: "Preset schedules" })
    .selectOption({ label: "β = 0.1, 0.2, 0.5" });
  await expect(panel.locator(".schedule-warning")).toContainText("ᾱT = 0.36");
  await expect(panel.locator(".schedule-warning")).toContainText("will not match q(xT)");
});

test("drawing on the β chart of a custom schedule changes its betas in the link", async ({ page }) => {
  const flat = Array(10).fill("0.1").join(",");
  const panel = await open(page, `#v=1&sched=custom&betas=${flat}&t=5`);
  const before = await lineOf(betaChart(panel), "beta");
  const plot = betaChart(panel).locator(".pointer-surface");
  const box = await plot.boundingBox();
  if (!box) throw new Error("the β chart has no size");
  // A stroke from t ≈ 2 near the bottom to t ≈ 9 near the top.
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.9);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.1, { steps: 5 });
  await page.mouse.up();

  await expect.poll(() => lineOf(betaChart(panel), "beta")).not.toBe(before);
  const linkBetas = () =>
    new URLSearchParams(new URL(page.url()).hash.slice(1)).get("betas")?.split(",").map(Number);
  // The URL may catch the stroke half drawn (it follows changes within a second); wait for its end.
  await expect.poll(() => linkBetas()?.[8], { timeout: 5000 }).toBeGreaterThan(0.1);
  const betas = linkBetas();
  expect(betas).toHaveLength(10);
  expect(betas![1]).toBeLessThan(0.1);
  expect(betas![8]).toBeGreaterThan(0.1);
  // Betas rise along the stroke, and the text field shows them too.
  expect(betas![8]).toBeGreaterThan(betas![4]!);
  await expect(panel.getByRole("textbox", { name: /^Betas/ })).toHaveValue(
    betas!.map((b) => String(b).replace("-", "−")).join(", "),
  );

  // The keyboard path: ↑ on the focused β chart raises β at the current t.
  const slider = panel.getByRole("slider", { name: "t, and β_t of the custom schedule" });
  await slider.focus();
  await slider.press("ArrowRight"); // t = 6
  await slider.press("ArrowUp");
  await expect
    .poll(
      () => new URLSearchParams(new URL(page.url()).hash.slice(1)).get("betas")?.split(",").map(Number)[5],
    )
    .toBeGreaterThan(betas![5]!);
});

test("typed betas apply, and wrong ones are explained", async ({ page }) => {
  const panel = await open(page, "#v=1&sched=custom&betas=0.1,0.2,0.5");
  const field = panel.getByRole("textbox", { name: /^Betas/ });
  await field.fill("0.4, 0.3, 0.2, 0.1");
  await field.press("Enter");
  await hashSettlesTo(page, /[#&]betas=0\.4,0\.3,0\.2,0\.1(&|$)/);
  await expect(panel.locator(".preset-look")).toContainText("Shrinking steps");
  await field.fill("0.4, 1.5");
  await field.press("Enter");
  await expect(panel.getByRole("alert")).toHaveText("Each β must lie in [0, 1]; 1.5 does not");
  await expect(field).toHaveAttribute("aria-invalid", "true");
});

test("switching a long schedule to custom respaces it to the betas a link can hold, and says so", async ({
  page,
}) => {
  const panel = await open(page, "#v=1&T=4000");
  await panel.getByLabel("Family").selectOption("custom");
  await expect(panel.locator(".schedule-warning").first()).toContainText(
    "Custom schedules hold at most 1000 betas and this one had T = 4000",
  );
  await expect(panel.getByText("Betas, one per step")).toContainText("T = 1000");
  await hashSettlesTo(page, /[#&]sched=custom&betas=/);
  const betas = new URLSearchParams(new URL(page.url()).hash.slice(1)).get("betas")?.split(",");
  expect(betas).toHaveLength(1000);
});
