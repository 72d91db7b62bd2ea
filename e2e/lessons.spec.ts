import { expect, test, type Page } from "@playwright/test";
import { LESSON_IDS, type LessonId } from "../src/state/classroom";
import { LESSONS } from "../src/ui/lessons/catalog";
import "./handle";

const region = (page: Page, name: string) => page.getByRole("region", { name });
const lessonBar = (page: Page) => region(page, "Lesson");

/** A step's settings as its link writes them. */
const stepLink = (id: LessonId, step: number) => `v=1&${LESSONS[id].steps[step - 1]?.state ?? ""}`;
/** The page's own link for a step: its settings, then the lesson (step 1 is the default, left out). */
const expectedHash = (id: LessonId, step: number) =>
  `#${stepLink(id, step)}&lesson=${id}${step > 1 ? `&step=${step}` : ""}`;

/**
 * What the panels show for a step's link: the keys it names, else the page's defaults (linear schedule,
 * T = 200, two moons, the MLP, fixed noise; t = T up to 200).
 */
function shownFor(id: LessonId, step: number) {
  const keys = new Map(
    stepLink(id, step)
      .split("&")
      .map((part) => part.split("=") as [string, string]),
  );
  const betas = keys.get("betas");
  const T = keys.get("sched") === "custom" && betas ? betas.split(",").length : Number(keys.get("T") ?? 200);
  return {
    T,
    t: Number(keys.get("t") ?? Math.min(200, T)),
    family: keys.get("sched") ?? "linear",
    data: keys.get("data") ?? "moons",
    predictor: keys.get("model") ?? "mlp",
    noise: keys.get("noise") === "fresh" ? "Fresh ε" : "Fixed ε",
  };
}

/** The step is on show: its place and title in the lesson bar, its link in the URL, its settings in the panels. */
async function expectStep(page: Page, id: LessonId, step: number): Promise<void> {
  const lesson = LESSONS[id];
  const count = lesson.steps.length;
  await expect(lessonBar(page)).toContainText(`Step ${step} of ${count}`);
  await expect(lessonBar(page).locator(".lesson-title")).toContainText(
    (lesson.steps[step - 1]?.title ?? "").replace(/_\{?([^}\s]+)\}?/g, "$1"),
  );
  await expect.poll(() => new URL(page.url()).hash, { timeout: 5000 }).toBe(expectedHash(id, step));
  const shown = shownFor(id, step);
  const forward = region(page, "Forward");
  await expect(forward.getByRole("slider", { name: "t" })).toHaveValue(String(shown.t));
  await expect(forward.getByText(`${shown.t} / ${shown.T}`)).toBeVisible();
  await expect(region(page, "Schedule").getByLabel("Family")).toHaveValue(shown.family);
  await expect(forward.getByLabel("Data")).toHaveValue(shown.data);
  await expect(region(page, "Reverse").getByLabel("Predictor")).toHaveValue(shown.predictor);
  await expect(forward.getByRole("radio", { name: shown.noise })).toBeChecked();
}

for (const id of LESSON_IDS) {
  test(`lesson "${id}" walks from its first step to its last, each landing on its state`, async ({
    page,
  }) => {
    test.slow(); // every step may retrain the MLP or rerun the exact denoiser in the background
    const count = LESSONS[id].steps.length;
    await page.goto(`./#v=1&lesson=${id}`);
    for (let step = 1; step <= count; step++) {
      await expectStep(page, id, step);
      if (step < count) await lessonBar(page).getByRole("button", { name: "Next ▶" }).click();
    }
    await expect(lessonBar(page).getByRole("button", { name: "Next ▶" })).toHaveCount(0);
    await lessonBar(page).getByRole("button", { name: "◀ Back" }).click();
    await expectStep(page, id, count - 1);
    await lessonBar(page).getByRole("button", { name: "Next ▶" }).click();
    // Finish leaves the lesson and keeps the last step's settings to explore from.
    await lessonBar(page).getByRole("button", { name: "Finish" }).click();
    await expect(lessonBar(page)).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${stepLink(id, count)}`);
  });
}

test("a link straight to step 3 lands there, reloads there, and keeps what the reader changed", async ({
  page,
}) => {
  test.setTimeout(60_000); // several steps, each with its own run, on a busy machine
  await page.goto("./#v=1&lesson=schedules&step=3");
  await expectStep(page, "schedules", 3);
  await page.reload();
  await expectStep(page, "schedules", 3);
  // The reader moves t: the step stays, with the change, across a reload.
  await region(page, "Forward").getByRole("slider", { name: "t" }).fill("640");
  await expect.poll(() => new URL(page.url()).hash).toMatch(/&t=640&lesson=schedules&step=3$/);
  await page.reload();
  await expect(region(page, "Forward").getByRole("slider", { name: "t" })).toHaveValue("640");
  await expect(lessonBar(page)).toContainText("Step 3 of 5");
  // A dot jumps to its step, and the ✕ leaves the lesson.
  await lessonBar(page)
    .getByRole("button", { name: /^Step 5:/ })
    .click();
  await expectStep(page, "schedules", 5);
  await expect(region(page, "Schedule").getByText(/x_?T still holds 0\.36/)).toBeVisible();
  await lessonBar(page).getByRole("button", { name: "Exit the lesson" }).click();
  await expect(lessonBar(page)).toHaveCount(0);
});

test("the Lessons menu lists every lesson and opens one at its first step; a bad step is corrected", async ({
  page,
}) => {
  await page.goto("./#v=1&t=5");
  await page.getByRole("button", { name: "Lessons" }).click();
  const menu = page.getByRole("dialog", { name: "Guided lessons" });
  for (const id of LESSON_IDS) await expect(menu.getByText(LESSONS[id].title, { exact: true })).toBeVisible();
  await menu.getByRole("button", { name: new RegExp(LESSONS.train.title) }).click();
  await expect(menu).toBeHidden();
  await expectStep(page, "train", 1);

  await page.goto("./#v=1&lesson=memorization&step=9");
  await expectStep(page, "memorization", 3);
  await expect(
    page.getByText("the lesson step must be a whole number from 1 to 3 for this lesson; using 3"),
  ).toBeVisible();
});
