import { expect, test, type Page } from "@playwright/test";
import "./handle";
import { hashSettlesTo } from "./page";

const forward = (page: Page) => page.getByRole("region", { name: "Forward" });
const tSlider = (page: Page) => forward(page).getByRole("slider", { name: "t" });

/** Opens a link and puts the keyboard on the page itself (not on a control). */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(tSlider(page)).toBeVisible();
  await page.locator("h1").click();
}

test("→ and ← step t by one; with shift they jump a tenth of T; the URL follows", async ({ page }) => {
  await open(page, "#v=1&t=100");
  await page.keyboard.press("ArrowRight");
  await expect(tSlider(page)).toHaveValue("101");
  await hashSettlesTo(page, /&t=101$/);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(tSlider(page)).toHaveValue("99");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(tSlider(page)).toHaveValue("119");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(tSlider(page)).toHaveValue("79");
  await hashSettlesTo(page, /&t=79$/);
});

test("Space plays and pauses the forward process", async ({ page }) => {
  await open(page, "#v=1&t=20");
  await page.keyboard.press(" ");
  await expect(forward(page).getByRole("button", { name: "Pause" })).toBeVisible();
  await expect.poll(async () => Number(await tSlider(page).inputValue())).toBeGreaterThan(25);
  await page.keyboard.press(" ");
  await expect(forward(page).getByRole("button", { name: "Play" })).toBeVisible();
  const paused = await tSlider(page).inputValue();
  await page.waitForTimeout(400);
  await expect(tSlider(page)).toHaveValue(paused);
});

test("r rewinds both processes to their start and keeps the settings", async ({ page }) => {
  await open(page, "#v=1&n=200&model=exact&t=120");
  const reverseT = page.getByRole("region", { name: "Reverse" }).getByRole("slider", { name: "Reverse t" });
  // The exact denoiser's run plays to its end (t = 0) by itself.
  await expect(reverseT).not.toHaveValue("0", { timeout: 15_000 });
  await expect.poll(() => reverseT.getAttribute("aria-valuetext"), { timeout: 15_000 }).toBe("t = 0");
  await page.keyboard.press("r");
  await expect(tSlider(page)).toHaveValue("1");
  await expect(reverseT).toHaveValue("0");
  await expect(reverseT).toHaveAttribute("aria-valuetext", "t = 200");
  await hashSettlesTo(page, /^#v=1&n=200&model=exact&t=1$/);
});

test("f asks for full screen and leaves it again", async ({ page }) => {
  await open(page, "#v=1&t=5");
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe("HTML");
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test("? shows the keys, which list every shortcut; Esc closes them", async ({ page }) => {
  await open(page, "#v=1&t=5");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  for (const keys of ["Space", "→ / ←", "Shift + → / ←", "r", "f", "?", "p", "s", "PageDown / PageUp"]) {
    await expect(help.getByRole("rowheader", { name: keys, exact: true })).toBeVisible();
  }
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  // Keys pressed while the dialog was open stayed in it: t did not move.
  await expect(tSlider(page)).toHaveValue("5");
});

test("p switches presentation mode and s slow motion, both kept in the link", async ({ page }) => {
  await open(page, "#v=1&t=5");
  const present = page.getByRole("button", { name: "Present" });
  await page.keyboard.press("p");
  await expect(present).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".app")).toHaveClass(/present/);
  await page.keyboard.press("s");
  await expect(page.getByRole("region", { name: "Slow motion" })).toBeVisible();
  await hashSettlesTo(page, /&present=1&slow=1$/);
  await page.keyboard.press("p");
  await page.keyboard.press("s");
  await expect(present).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("region", { name: "Slow motion" })).toBeHidden();
  await hashSettlesTo(page, /^#v=1&t=5$/);
});

test("PageDown and PageUp move through the lesson on show", async ({ page }) => {
  await open(page, "#v=1&lesson=closed-form");
  const lesson = page.getByRole("region", { name: "Lesson" });
  await expect(lesson).toContainText("Step 1 of 5");
  await page.keyboard.press("PageDown");
  await expect(lesson).toContainText("Step 2 of 5");
  await hashSettlesTo(page, /noise=fresh&t=50&lesson=closed-form&step=2$/);
  await page.keyboard.press("PageUp");
  await expect(lesson).toContainText("Step 1 of 5");
  await hashSettlesTo(page, /^#v=1&t=50&lesson=closed-form$/);
});

test("keys typed into a field stay there; in slow motion a held arrow takes one step", async ({ page }) => {
  await open(page, "#v=1&t=40&slow=1");
  const seed = page.getByRole("spinbutton", { name: "Seed" });
  await seed.focus();
  await page.keyboard.press("r");
  await page.keyboard.press("ArrowLeft");
  await expect(tSlider(page)).toHaveValue("40");
  await page.locator("h1").click();
  await page.keyboard.down("ArrowRight");
  await page.keyboard.down("ArrowRight"); // the browser's auto-repeat
  await page.keyboard.down("ArrowRight");
  await page.keyboard.up("ArrowRight");
  await expect(tSlider(page)).toHaveValue("41");
});
