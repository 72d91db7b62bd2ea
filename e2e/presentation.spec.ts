import { expect, test, type Page } from "@playwright/test";
import { CONTROL_IDS } from "../src/state/classroom";
import "./handle";
import { hashSettlesTo } from "./page";

const region = (page: Page, name: string) => page.getByRole("region", { name });
const rootFontPx = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

const SETUP = "#v=1&t=50&present=1&panels=forward,reverse&hide=forward.speed,reverse.settings";

/** What a lecturer hid and kept, as the page shows it. */
async function expectTheSetup(page: Page): Promise<void> {
  await expect(region(page, "Forward")).toBeVisible();
  await expect(region(page, "Reverse")).toBeVisible();
  await expect(region(page, "Schedule")).toBeHidden();
  await expect(region(page, "Loss")).toBeHidden();
  await expect(region(page, "Forward").getByLabel("Speed")).toBeHidden();
  await expect(region(page, "Reverse").getByRole("tablist", { name: "Reverse settings" })).toBeHidden();
  await expect(region(page, "Forward").getByRole("slider", { name: "t" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Present" })).toHaveAttribute("aria-pressed", "true");
  // The two panels share the width, and the type is larger.
  const width = (await region(page, "Forward").boundingBox())?.width ?? 0;
  expect(width).toBeGreaterThan(560);
  expect(await rootFontPx(page)).toBe(20);
}

test("presentation mode shows only the chosen panels and controls, larger, and survives a reload", async ({
  page,
}) => {
  await page.goto(`./${SETUP}`);
  await expectTheSetup(page);
  await page.reload();
  await expectTheSetup(page);
  await expect(page).toHaveURL(new RegExp(`${SETUP.replace(/[.?]/g, "\\$&")}$`));

  // Off: every panel and control is back at its normal size; the choice stays in the link for next time.
  await page.getByRole("button", { name: "Present" }).click();
  for (const name of ["Schedule", "Forward", "Reverse", "Loss"])
    await expect(region(page, name)).toBeVisible();
  await expect(region(page, "Forward").getByLabel("Speed")).toBeVisible();
  expect(await rootFontPx(page)).toBe(16);
  await hashSettlesTo(page, /^#v=1&t=50&panels=forward,reverse&hide=forward\.speed,reverse\.settings$/);
});

test("the Choose dialog hides panels and controls at once, and shares the setup as a link", async ({
  page,
}) => {
  await page.goto("./#v=1&t=50");
  await page.getByRole("button", { name: "Choose…" }).click();
  const dialog = page.getByRole("dialog", { name: "Choose what presentation mode shows" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("checkbox", { name: "Loss panel" }).uncheck();
  await dialog.getByRole("checkbox", { name: "Schedule panel" }).uncheck();
  // A hidden panel's controls are greyed out; the last panel cannot be hidden.
  await expect(dialog.getByRole("checkbox", { name: "Family menu" })).toBeDisabled();
  await dialog.getByRole("checkbox", { name: "Reverse panel" }).uncheck();
  await expect(dialog.getByRole("checkbox", { name: "Forward panel" })).toBeDisabled();
  await dialog.getByRole("checkbox", { name: "Reverse panel" }).check();
  await dialog.getByRole("checkbox", { name: "Speed" }).uncheck();
  await dialog.getByRole("checkbox", { name: "Seed (top bar)" }).uncheck();
  const link = dialog.getByLabel("Link to this setup");
  await expect(link).toHaveValue(/#v=1&t=50&present=1&panels=forward,reverse&hide=top\.seed,forward\.speed$/);
  const shared = await link.inputValue();
  // Not presenting yet: the page still shows everything.
  await expect(region(page, "Loss")).toBeAttached();
  await dialog.getByRole("button", { name: "Present now" }).click();
  await expect(dialog).toBeHidden();
  await expect(region(page, "Loss")).toBeHidden();
  await expect(page.getByRole("spinbutton", { name: "Seed" })).toBeHidden();
  await hashSettlesTo(page, /^#v=1&t=50&present=1&panels=forward,reverse&hide=top\.seed,forward\.speed$/);

  // The shared link opens the same view in a fresh page.
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(region(other, "Loss")).toBeHidden();
  await expect(region(other, "Forward").getByLabel("Speed")).toBeHidden();
  await other.close();

  // "Essentials only" hides the fine print; "Show everything" brings it all back.
  await page.getByRole("button", { name: "Choose…" }).click();
  await dialog.getByRole("button", { name: "Essentials only" }).click();
  await expect(dialog.getByRole("checkbox", { name: "Presets menu" })).not.toBeChecked();
  await dialog.getByRole("button", { name: "Show everything" }).click();
  await dialog.getByRole("button", { name: "Done" }).click();
  for (const name of ["Schedule", "Forward", "Reverse", "Loss"])
    await expect(region(page, name)).toBeVisible();
  await hashSettlesTo(page, /^#v=1&t=50&present=1$/);
});

test("every control the page marks is in the vocabulary, and every word of it marks a control", async ({
  page,
}) => {
  const seen = new Set<string>();
  // Some controls show only for some choices: cosine's s, the constant β, custom betas, reconstruct's t₀.
  for (const hash of [
    "#v=1&t=5",
    "#v=1&sched=cosine&t=5",
    "#v=1&sched=constant&t=5",
    "#v=1&sched=custom&betas=0.1,0.2&mode=reconstruct&t=1",
  ]) {
    await page.goto(`./${hash}`);
    await expect(region(page, "Loss")).toBeVisible();
    const marked = await page
      .locator("[data-control]")
      .evaluateAll((elements) => elements.map((element) => element.getAttribute("data-control") ?? ""));
    for (const id of marked) seen.add(id);
  }
  expect([...seen].filter((id) => !(CONTROL_IDS as readonly string[]).includes(id))).toEqual([]);
  expect(CONTROL_IDS.filter((id) => !seen.has(id))).toEqual([]);
});

test("slow motion takes one step per ~1.5 s and says what each step did", async ({ page }) => {
  await page.goto("./#v=1&sched=custom&betas=0.1,0.2,0.5&data=image&model=exact&noise=fresh&t=1&slow=1");
  const caption = region(page, "Slow motion");
  const t = region(page, "Forward").getByRole("slider", { name: "t" });
  await expect(caption).toContainText("Press → or ▶ to take one step");
  await page.locator("h1").click();
  await page.keyboard.press("ArrowRight");
  await expect(t).toHaveValue("2");
  await expect(caption).toContainText("t = 1 → 2: added fresh noise with β2 = 0.2");
  await expect(caption).toContainText("Forward");
  await expect(caption.locator(".katex")).toBeVisible();

  // Play: the next step comes at once, then playback stops at T = 3 (one step per SLOW_STEP_MS).
  await page.keyboard.press("ArrowLeft");
  await expect(caption).toContainText("one step back");
  const started = Date.now();
  await region(page, "Forward").getByRole("button", { name: "Play" }).click();
  await expect(t).toHaveValue("2");
  await expect(t).toHaveValue("3", { timeout: 4000 });
  expect(Date.now() - started).toBeGreaterThan(1200);
  await expect(caption).toContainText("t = 2 → 3: added fresh noise with β3 = 0.5");
  await expect(region(page, "Forward").getByRole("button", { name: "Play" })).toBeVisible({ timeout: 4000 });

  // The reverse run waits at its start (t = 3) for Play, then walks back one step at a time, each explained.
  const reverseT = region(page, "Reverse").getByRole("slider", { name: "Reverse t" });
  await expect(reverseT).toHaveAttribute("aria-valuetext", "t = 3");
  await region(page, "Reverse").getByRole("button", { name: "Play the reverse process" }).click();
  await expect(reverseT).toHaveAttribute("aria-valuetext", "t = 2", { timeout: 4000 });
  await expect(caption).toContainText("Reverse");
  await expect(caption).toContainText(
    "t = 3 → 2: the exact denoiser predicted ε̂, the points moved toward μθ",
  );
});

test("with all four panels on a projector, the schedule readouts at t stay apart, at any t", async ({
  page,
}) => {
  await page.goto("./#v=1&present=1&t=200");
  const values = region(page, "Forward").getByRole("definition");
  await expect(values).toHaveCount(4);
  // The longest values (8 characters) come late in the chain; none may run into its neighbour.
  for (const t of ["200", "3"]) {
    await region(page, "Forward").getByRole("slider", { name: "t", exact: true }).fill(t);
    const boxes = await values.evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const { left, right, top } = range.getBoundingClientRect();
        return { left, right, top };
      }),
    );
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const sameRow = Math.abs(a.top - b.top) < 4;
        if (sameRow) expect(a.right <= b.left || b.right <= a.left, `t = ${t}`).toBe(true);
      }
    }
  }
});
