import type { Lesson } from "../lesson";

/** DDPM's linear schedule, as a comparison and as the lesson's first step. */
const DDPM = "T=1000&b0=1e-4&b1=0.02";

/** Linear, cosine and sigmoid schedules against each other, SNR, and why ᾱ_T must reach 0. */
export const SCHEDULES_LESSON: Lesson = {
  title: "Schedules compared",
  summary: "Linear, cosine and sigmoid betas: how fast ᾱ_t and the SNR fall, and why ᾱ_T must be near 0.",
  source: "Ho et al. 2020 (DDPM); Nichol & Dhariwal 2021, eq. 17",
  steps: [
    {
      title: "DDPM's linear schedule",
      state: `${DDPM}&t=500`,
      text:
        "Ho et al. let β rise linearly from 10⁻⁴ to 0.02 over T = 1000 steps. Watch ᾱ_t: at t = 500 only 0.08 " +
        "of the signal's variance is left, and after t ≈ 590 less than 0.03: the last 400 steps see almost pure noise.",
    },
    {
      title: "Cosine, against linear",
      state: "sched=cosine&T=1000&cmp=linear,1000,1e-4,0.02&t=500",
      text:
        "Nichol & Dhariwal define ᾱ_t directly: it falls slowly at both ends and nearly linearly in between. " +
        "At t = 500, ᾱ_t ≈ 0.49 (the pinned linear schedule: 0.08), so fewer steps are spent on pure noise.",
      formula: {
        tex: "\\bar\\alpha_t = \\frac{f(t)}{f(0)},\\quad f(t) = \\cos^2\\!\\Big(\\frac{t/T + s}{1 + s}\\cdot\\frac{\\pi}{2}\\Big)",
        text: "ᾱ_t = f(t)/f(0), f(t) = cos²(((t/T + s)/(1 + s))·π/2)",
      },
    },
    {
      title: "Sigmoid, against cosine",
      state: "sched=sigmoid&T=1000&b0=1e-4&b1=0.02&cmp=cosine,1000,8e-3&t=500",
      text:
        "A sigmoid keeps β small for longer, then raises it quickly to the same 0.02. Against the pinned cosine " +
        "it destroys less early (ᾱ_250 ≈ 0.90 vs 0.85) and much more late (ᾱ_750 ≈ 0.006 vs 0.14).",
    },
    {
      title: "The signal-to-noise ratio",
      state: "sched=cosine&T=1000&cmp=linear,1000,1e-4,0.02&t=750",
      text:
        "SNR_t compares the signal left with the noise added; the bottom chart shows log SNR_t. The cosine's " +
        "falls almost linearly over most of the chain; the linear schedule's is below −5 by t = 750 and stays there.",
      formula: {
        tex: "\\mathrm{SNR}_t = \\frac{\\bar\\alpha_t}{1-\\bar\\alpha_t}",
        text: "SNR_t = ᾱ_t/(1−ᾱ_t)",
      },
    },
    {
      title: "Why ᾱ_T must be near 0",
      state: "b0=1e-4&b1=0.02",
      text:
        "Sampling starts from x_T ~ N(0, I), which is right only if ᾱ_T ≈ 0. DDPM's betas over just T = 200 steps " +
        "leave ᾱ_T ≈ 0.13: x_T still holds 0.36·x_0 (see the warning), so the model never learned to start from pure noise.",
    },
  ],
};
