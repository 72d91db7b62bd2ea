import { expect, test } from "@playwright/test";

test("the page opens with its four panels, served from a sub-path, without a network", async ({ page }) => {
  const remoteRequests: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1") remoteRequests.push(request.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto("./");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diffusion Playground");
  for (const name of ["Schedule", "Forward", "Reverse", "Loss"]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }
  // Fonts are shipped with the app, not fetched from a CDN.
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'))).toBe(true);
  expect(remoteRequests).toEqual([]);
  expect(errors).toEqual([]);
});
