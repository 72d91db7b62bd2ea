import { expect, test } from "@playwright/test";
import { hashSettlesTo } from "./page";

/** The hash of the page's URL once the debounced write has happened. */
test("a link's settings show in the controls, and survive a reload", async ({ page }) => {
  await page.goto("./#v=1&seed=7");
  const seed = page.getByRole("spinbutton", { name: "Seed" });
  await expect(seed).toHaveValue("7");
  await page.reload();
  await expect(seed).toHaveValue("7");
});

test("changing a control rewrites the URL, and a reload restores it", async ({ page }) => {
  await page.goto("./");
  const seed = page.getByRole("spinbutton", { name: "Seed" });
  await seed.fill("12");
  await hashSettlesTo(page, /^#v=1&.*seed=12/);
  await page.reload();
  await expect(seed).toHaveValue("12");
});

test("a malformed link opens a working page with a notice naming the field", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("./#v=1&T=-5&seed=%E0%A4%A&data=<img src=x onerror=alert(1)>&nonsense=1");
  const notices = page.getByRole("status", { name: "Notices" });
  await expect(notices).toContainText("T must be");
  await expect(notices).toContainText("seed");
  await expect(notices).toContainText("data set");
  // Link text is shown as text, never parsed as markup.
  await expect(page.locator("img")).toHaveCount(0);
  for (const name of ["Schedule", "Forward", "Reverse", "Loss"]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }
  // The URL is rewritten to what the page actually shows: T clamped to its lower bound, the rest dropped.
  await hashSettlesTo(page, /^#v=1&T=1$/);
  // Notices can be dismissed one by one.
  const dismiss = page.getByRole("button", { name: /^Dismiss notice/ });
  const count = await dismiss.count();
  await dismiss.first().click();
  await expect(dismiss).toHaveCount(count - 1);
  expect(errors).toEqual([]);
});

test("Reset returns to the defaults, and Copy link copies the URL", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./#v=1&seed=7&t=30");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page.getByRole("spinbutton", { name: "Seed" })).toHaveValue("0");
  await hashSettlesTo(page, /^#v=1$/);
});

test("a pasted link (hashchange) updates the page without a reload, even while playback rewrites the URL", async ({
  page,
}) => {
  test.setTimeout(60_000);
  // The page opens playing, so a URL write is always due within a second: each paste races one.
  await page.goto("./#v=1&seed=3");
  for (let seed = 21; seed < 29; seed++) {
    await page.evaluate((next) => {
      // Hold the page past the pending write's due time, so the write and hashchange queue together.
      window.location.hash = `v=1&seed=${next}`;
      const until = performance.now() + 300;
      while (performance.now() < until);
    }, seed);
    await expect(page.getByRole("spinbutton", { name: "Seed" })).toHaveValue(String(seed));
    await expect(page).toHaveURL(new RegExp(`[#&]seed=${seed}(&|$)`));
  }
});
