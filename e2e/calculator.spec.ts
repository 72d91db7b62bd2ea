import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/** PyTorch's training-step cases (tests/reference/README.md). */
const trainingCases = JSON.parse(
  readFileSync(new URL("../tests/reference/public-training-step.json", import.meta.url), "utf8"),
) as {
  x_clean: number[][];
  w_model: number[][];
  betas: number[];
  lr: number;
  seed: number;
  expected_t: number;
  expected_loss: number;
  expected: number[];
}[];

const dialog = (page: Page) => page.getByRole("dialog", { name: /Calculator/ });
const tab = (page: Page, name: string | RegExp) => dialog(page).getByRole("tab", { name });
/** The shown problem's worked solution. */
const solution = (page: Page) => dialog(page).getByRole("tabpanel");
/** One row of the worked solution, found by its words. */
const row = (page: Page, words: string | RegExp) => solution(page).getByRole("row", { name: words });
/** An input of the shown problem, found by its plain-text symbol and words. */
const input = (page: Page, name: string | RegExp) => solution(page).getByRole("textbox", { name });

/** Opens the page (with the light linear model, so no training or exact sampling competes) and the calculator. */
async function openCalculator(page: Page): Promise<void> {
  await page.goto("./#v=1&model=linear");
  await page.getByRole("button", { name: "Calculator" }).click();
  await expect(dialog(page)).toBeVisible();
}

test("the calculator opens on the reconstruction-loss example, 0.0011, and Esc closes it", async ({
  page,
}) => {
  await openCalculator(page);
  await expect(tab(page, /Reconstruction loss/)).toHaveAttribute("aria-selected", "true");
  await expect(tab(page, /Reconstruction loss/)).toBeFocused();
  await expect(solution(page).getByText("Convention")).toBeVisible();
  await expect(solution(page)).toContainText("t is 1-indexed");
  await expect(row(page, /the reconstruction loss/)).toContainText("0.0011");
  for (const words of [
    "noise variance added at step t",
    "signal left of x₀",
    "the noised data",
    "the model's guess of x₀",
  ]) {
    await expect(row(page, words)).toContainText(/\d/);
  }
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole("button", { name: "Calculator" })).toBeFocused();
});

test("every problem shows its convention and every intermediate value", async ({ page }) => {
  test.setTimeout(60_000);
  await openCalculator(page);
  const problems: [RegExp, string, string[]][] = [
    [
      /Forward & backward/,
      "0-based",
      ["forward: the noised data", "mean of the reverse step", "backward: one step"],
    ],
    [/Moments & posterior/, "1-indexed", ["weight of x₀ in μ̃_t", "posterior mean", "posterior variance"]],
    [
      /Mean loss vs noise loss/,
      "σ_t² = β_t",
      ["the mean loss", "the ELBO weight", "the weighted noise loss"],
    ],
    [
      /Training step/,
      "0-based",
      ["drawn by randint", "the prediction", "the gradient", "the updated weights"],
    ],
  ];
  for (const [name, convention, rows] of problems) {
    await tab(page, name).click();
    await expect(solution(page)).toContainText(convention);
    for (const words of rows) await expect(row(page, words)).toContainText(/\d/);
    await expect(solution(page)).not.toContainText("NaN");
  }
  // The two losses of DDPM eq. 12 print the same number.
  await tab(page, /Mean loss vs noise loss/).click();
  const mean = await row(page, "the mean loss").getByRole("cell").textContent();
  await expect(row(page, /the weighted noise loss/).getByRole("cell")).toHaveText(mean ?? "");
});

test("the training step reproduces PyTorch's reference case", async ({ page }) => {
  const c = trainingCases[0];
  if (!c) throw new Error("no reference case");
  await openCalculator(page);
  await tab(page, /Training step/).click();
  await input(page, /^x₀/).fill(c.x_clean.map((r) => r.join(", ")).join("; "));
  await input(page, /^W/).fill(c.w_model.map((r) => r.join(", ")).join("; "));
  await input(page, /^T /).fill(String(c.betas.length));
  await input(page, /^η/).fill(String(c.lr));
  await input(page, /^seed/).fill(String(c.seed));
  await expect(row(page, "drawn by randint(0, T)").getByRole("cell")).toHaveText(String(c.expected_t));
  await expect(row(page, "the loss").getByRole("cell")).toHaveText(c.expected_loss.toPrecision(4));
  const weights = c.expected.map((w) => Number(w.toPrecision(4)).toString());
  await expect(row(page, "the updated weights").getByRole("cell")).toHaveText(
    weights.map((w) => `[${w}]`).join(""),
  );
});

test("bad inputs get a clear message, never NaN or a crash, and the example comes back", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await openCalculator(page);
  await input(page, /^x₀/).fill("1, banana");
  await expect(dialog(page).getByRole("alert")).toContainText('"banana" is not a number');
  await expect(input(page, /^x₀/)).toHaveAttribute("aria-invalid", "true");

  await input(page, /^x₀/).fill("1");
  await input(page, /^t /).fill("9");
  await expect(dialog(page).getByRole("alert")).toContainText("must lie in 1..5");

  await input(page, /^t /).fill("1");
  await input(page, /^ε /).fill("1, 2");
  await expect(dialog(page).getByRole("alert")).toContainText("as many values as x₀");

  await dialog(page).getByRole("button", { name: "Restore the example" }).click();
  await expect(row(page, /the reconstruction loss/)).toContainText("0.0011");
  await expect(dialog(page)).not.toContainText("NaN");
  expect(errors).toEqual([]);
});

test("a quantity that does not exist is labelled undefined with its reason", async ({ page }) => {
  await openCalculator(page);
  // β = 1 at every step leaves ᾱ_t = 0: nothing of x₀ is left to reconstruct.
  await input(page, /^β_start/).fill("1");
  await input(page, /^β_end/).fill("1");
  await expect(row(page, /the reconstruction loss/)).toContainText("undefined");
  await expect(row(page, /the reconstruction loss/)).toContainText("ᾱ_1 = 0");
  await expect(dialog(page)).not.toContainText("NaN");
});

test("the calculator is in the link: a shared link opens the same problem with the same inputs", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openCalculator(page);
  await tab(page, /Training step/).click();
  const updated = row(page, "the updated weights").getByRole("cell");
  const before = await updated.textContent();
  await input(page, /^η/).fill("0.1");
  await expect(updated).not.toHaveText(before ?? "");
  const after = await updated.textContent();
  await expect(page).toHaveURL(/[#&]calc=trainingStep(&|$)/);
  await expect(page).toHaveURL(/[#&]cin=/);

  // The top bar is behind the modal dialog, so the dialog has its own Copy link.
  await dialog(page).getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const shared = await context.newPage();
  await shared.goto(link);
  await expect(dialog(shared)).toBeVisible();
  await expect(tab(shared, /Training step/)).toHaveAttribute("aria-selected", "true");
  await expect(input(shared, /^η/)).toHaveValue("0.1");
  await expect(row(shared, "the updated weights").getByRole("cell")).toHaveText(after ?? "");

  // Closing the dialog takes it out of the link; what was typed stays for the next time it opens.
  await shared.keyboard.press("Escape");
  await expect(dialog(shared)).toBeHidden();
  await expect(shared).not.toHaveURL(/calc=/);
  await shared.getByRole("button", { name: "Calculator" }).click();
  await tab(shared, /Training step/).click();
  await expect(input(shared, /^η/)).toHaveValue("0.1");
  await dialog(shared).getByRole("button", { name: "Restore the example" }).click();
  await expect(input(shared, /^η/)).toHaveValue("0.5");
  await expect(shared).not.toHaveURL(/cin=/);
});
