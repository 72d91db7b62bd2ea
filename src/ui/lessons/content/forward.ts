import type { Lesson } from "../lesson";

/** The homework's forward process: a 3×3 single-dot image under four short schedules and the two extremes. */
const IMAGE = "data=image&model=exact&noise=fresh";

export const FORWARD_LESSON: Lesson = {
  title: "The forward process, step by step",
  summary:
    "The homework's 3×3 single-dot image under four short schedules, and the extremes β = 0 and β = 1.",
  source: "Ho et al. 2020 (DDPM), eq. 2 and 4",
  steps: [
    {
      title: "Tiny steps: β = 0.01, 0.01, 0.01",
      state: `sched=custom&betas=0.01,0.01,0.01&${IMAGE}&t=1`,
      text:
        "x_0 is the homework's 3×3 image: 1 in the centre, 0 elsewhere (nine copies shown). Each step keeps " +
        "√(1−β_t) of the image and adds √β_t of fresh noise. Step with → to t = 3: ᾱ_3 = 0.97, so x_3 is still mostly x_0.",
      formula: {
        tex: "q(x_t \\mid x_{t-1}) = \\mathcal{N}\\big(\\sqrt{1-\\beta_t}\\,x_{t-1},\\ \\beta_t I\\big)",
        text: "q(x_t | x_{t−1}) = N(√(1−β_t)·x_{t−1}, β_t·I)",
      },
    },
    {
      title: "Growing steps: β = 0.1, 0.2, 0.5",
      state: `sched=custom&betas=0.1,0.2,0.5&${IMAGE}`,
      text:
        "The signal left, ᾱ_t = (1−β_1)…(1−β_t), goes 0.9 → 0.72 → 0.36. At t = 3, x_3 = 0.6·x_0 + 0.8·ε: " +
        "the dot still shows through, and the last, largest step removed the most signal.",
      formula: {
        tex: "x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\epsilon,\\quad \\bar\\alpha_t = \\textstyle\\prod_{s\\le t}(1-\\beta_s)",
        text: "x_t = √ᾱ_t·x₀ + √(1−ᾱ_t)·ε, ᾱ_t = Π_{s≤t} (1−β_s)",
      },
    },
    {
      title: "The same betas reversed: β = 0.5, 0.2, 0.1",
      state: `sched=custom&betas=0.5,0.2,0.1&${IMAGE}&t=1`,
      text:
        "Now ᾱ_1 = 0.5: half of the dot's variance is gone after one step. Step to t = 3: ᾱ_3 = 0.36 again " +
        "(a product ignores order), but the path there was different.",
    },
    {
      title: "Huge steps: β = 0.99, 0.99, 0.99",
      state: `sched=custom&betas=0.99,0.99,0.99&${IMAGE}&t=1`,
      text:
        "ᾱ_1 = 0.01: x_1 = 0.1·x_0 + 0.995·ε is almost pure noise after one step, and ᾱ_3 = 10⁻⁶. " +
        "The later steps have nothing left to destroy.",
    },
    {
      title: "The extreme β = 0: nothing changes",
      state: `sched=constant&T=3&beta=0&${IMAGE}`,
      text:
        "α_t = 1, so every step copies x_{t−1} and x_3 = x_0 exactly. ᾱ_T = 1: N(0, I) never matches q(x_T), " +
        "as the Schedule panel warns, and there is nothing for a model to undo.",
    },
    {
      title: "The extreme β = 1: pure noise after one step",
      state: `sched=constant&T=3&beta=1&${IMAGE}&t=1`,
      text:
        "α_1 = 0, so x_1 = ε: no trace of x_0 is left (SNR = 0). Going back is impossible: the reverse step " +
        "divides by √α_t = 0, which the Reverse and Loss panels report in words.",
    },
  ],
};
