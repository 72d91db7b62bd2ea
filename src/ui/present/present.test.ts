import { describe, expect, it } from "vitest";
import { makeSchedule } from "../../core/schedule";
import { DEFAULT_SAMPLER } from "../../core/sampling/sampler";
import { CONTROL_IDS, DEFAULT_VIEW, PANEL_IDS } from "../../state/classroom";
import { DEFAULT_SETTINGS } from "../../state/settings";
import { CONTROL_LABELS, controlsOf, FINE_PRINT, panelOf } from "./controls";
import { forwardCaption } from "./forward-caption";
import { hideRules } from "./hide-rules";
import { presentationLink } from "./share-link";
import { reverseCaption, type ReverseMove } from "./reverse-caption";

describe("hideRules", () => {
  it("hides nothing outside presentation mode, or when nothing is chosen away", () => {
    expect(hideRules({ ...DEFAULT_VIEW, hidden: ["forward.speed"], panels: ["forward"] })).toBe("");
    expect(hideRules({ ...DEFAULT_VIEW, present: true })).toBe("");
  });

  it("hides the panels not chosen and the hidden controls, in presentation mode only", () => {
    const css = hideRules({
      ...DEFAULT_VIEW,
      present: true,
      panels: ["forward", "reverse"],
      hidden: ["top.seed"],
    });
    expect(css).toBe(
      [
        '.app.present .panel[aria-label="Schedule"]',
        '.app.present .panel[aria-label="Loss"]',
        '.app.present [data-control="top.seed"] { display: none !important; }',
      ].join(",\n"),
    );
  });
});

describe("the control vocabulary", () => {
  it("labels every control and files it under its panel or the top bar", () => {
    for (const id of CONTROL_IDS) expect(CONTROL_LABELS[id]).toBeTruthy();
    const filed = [null, ...PANEL_IDS].flatMap((panel) => controlsOf(panel));
    expect([...filed].sort()).toEqual([...CONTROL_IDS].sort());
    expect(panelOf("top.seed")).toBeNull();
    expect(panelOf("loss.training")).toBe("loss");
    expect(FINE_PRINT.every((id) => CONTROL_IDS.includes(id))).toBe(true);
  });

  it("shares a setup as a link that opens in presentation mode", () => {
    const settings = { ...DEFAULT_SETTINGS, view: { ...DEFAULT_VIEW, panels: ["forward"] as const } };
    expect(presentationLink("https://x.org/p/#v=1&t=3", settings)).toBe(
      "https://x.org/p/#v=1&present=1&panels=forward",
    );
  });
});

describe("forwardCaption", () => {
  const homework = makeSchedule({ family: "custom", betas: [0.1, 0.2, 0.5] });

  it("names the Markov step and its numbers under fresh noise", () => {
    const caption = forwardCaption(homework, 2, 3, "fresh");
    expect(caption?.headline).toBe("t = 2 → 3: added fresh noise with β_3 = 0.5");
    expect(caption?.formula?.text).toBe("x_3 = √α_3·x_{2} + √β_3·ε = 0.707·x_{2} + 0.707·ε");
  });

  it("names the closed form under fixed noise", () => {
    const caption = forwardCaption(homework, 2, 3, "fixed");
    expect(caption?.headline).toMatch(/^t = 2 → 3: added noise with β_3 = 0.5 \(closed form/);
    expect(caption?.formula?.text).toBe("x_3 = √ᾱ_3·x₀ + √(1−ᾱ_3)·ε = 0.6·x₀ + 0.8·ε");
  });

  it("says what steps back and jumps show, and nothing when t did not move", () => {
    expect(forwardCaption(homework, 3, 2, "fixed")?.headline).toMatch(/one step back .*not denoising/);
    expect(forwardCaption(homework, 3, 1, "fresh")?.formula?.text).toBe("q(x_1 | x₀) = N(0.949·x₀, 0.1·I)");
    expect(forwardCaption(homework, 2, 2, "fresh")).toBeNull();
  });

  it("puts the extremes into words: β = 0 adds nothing, β = 1 leaves pure noise", () => {
    const zero = makeSchedule({ family: "constant", T: 3, beta: 0 });
    const one = makeSchedule({ family: "constant", T: 3, beta: 1 });
    expect(forwardCaption(zero, 1, 2, "fresh")?.headline).toBe("t = 1 → 2: β_2 = 0, so nothing was added");
    expect(forwardCaption(one, 1, 2, "fixed")?.formula?.text).toBe("x_2 = ε");
  });

  it("never prints NaN or Infinity, even for tiny coefficients", () => {
    const huge = makeSchedule({ family: "custom", betas: [0.99, 0.99, 0.99, 0.99] });
    const caption = forwardCaption(huge, 3, 4, "fixed");
    expect(caption?.formula?.tex).toContain("1.00\\times 10^{-4}\\,x_0");
    expect(JSON.stringify(caption)).not.toMatch(/NaN|Infinity/);
  });
});

describe("reverseCaption", () => {
  const schedule = makeSchedule({ family: "custom", betas: [0.4, 0.3, 0.2, 0.1] });
  const move = (from: number, to: number, extra: Partial<ReverseMove> = {}): ReverseMove => ({
    schedule,
    sampler: { ...DEFAULT_SAMPLER, steps: 4 },
    predictor: "mlp",
    tStart: 4,
    from,
    to,
    ...extra,
  });

  it("gives a DDPM step's mean and noise with this schedule's numbers", () => {
    const caption = reverseCaption(move(4, 3));
    expect(caption?.headline).toBe(
      "t = 4 → 3: the MLP predicted ε̂, the points moved toward μ_θ, and added σ = 0.316 of fresh noise",
    );
    // 1/√0.9 = 1.054, 0.1/√(1 − 0.3024) = 0.12, σ = √0.1.
    expect(caption?.formula?.text).toBe("x_3 = 1.05·(x_4 − 0.12·ε̂) + 0.316·z");
  });

  it("adds no noise at the last step", () => {
    expect(reverseCaption(move(1, 0, { predictor: "exact" }))?.headline).toBe(
      "t = 1 → 0: the exact denoiser predicted ε̂, the points moved toward μ_θ; the last step adds no noise",
    );
  });

  it("describes DDIM through x̂_0, and strided or skipped frames as several steps", () => {
    const ddim = reverseCaption(move(4, 3, { sampler: { ...DEFAULT_SAMPLER, method: "ddim", steps: 4 } }));
    expect(ddim?.formula?.text).toBe("x_3 = 0.58·x̂₀ + 0.815·ε̂");
    expect(reverseCaption(move(4, 2))?.headline).toMatch(/^t = 4 → 2: 2 reverse steps/);
    expect(reverseCaption(move(2, 4))?.headline).toMatch(/back to an earlier frame/);
    expect(reverseCaption(move(3, 3))).toBeNull();
  });

  it("says when a step cannot be taken", () => {
    const wiped = makeSchedule({ family: "constant", T: 3, beta: 1 });
    expect(reverseCaption(move(3, 2, { schedule: wiped, tStart: 3 }))?.headline).toMatch(/no step: β_3 = 1/);
  });
});
