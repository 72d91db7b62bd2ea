import { expect, test, type Page } from "@playwright/test";
import "./handle";

async function changeSeed(page: Page, seed: number): Promise<void> {
  await page.getByRole("spinbutton", { name: "Seed" }).fill(String(seed));
}

test("a job that throws in the worker shows a readable error, and Retry recomputes", async ({ page }) => {
  await page.goto("./");
  await page.evaluate(() => window.diffusionPlayground.client.api.failNextForTesting("forward"));
  await changeSeed(page, 5);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("computing the forward process");
  await expect(alert).toContainText("threw on purpose");
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(alert).toHaveCount(0);
  // The settings stayed as the user left them, and the retried job delivered.
  await expect(page.getByRole("spinbutton", { name: "Seed" })).toHaveValue("5");
  const loading = () => page.evaluate(() => window.diffusionPlayground.store.getState().forwardLoading);
  await expect.poll(loading).toBe(false);
});

test("a worker that dies mid-training is restarted by Retry, and training runs again", async ({ page }) => {
  await page.goto("./");
  await page.evaluate(() => {
    const { store, client } = window.diffusionPlayground;
    void store.getState().train(1_000_000);
    setTimeout(() => void client.api.crashForTesting(), 300);
  });
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("training the model");
  await expect(alert).toContainText("crashed on purpose");
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(alert).toHaveCount(0);
  // The retried run starts over on a new worker, and its progress reaches the page.
  const training = () => page.evaluate(() => window.diffusionPlayground.store.getState().training);
  await expect.poll(async () => (await training()).status).toBe("training");
  const first = (await training()).step;
  await expect.poll(async () => (await training()).step).toBeGreaterThan(first);
});
