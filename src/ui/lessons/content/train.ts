import type { Lesson } from "../lesson";

/** The homework's denoising notebook: 3×3 single-dot images, T = 4, shrinking betas. */
const HOMEWORK = "sched=custom&betas=0.4,0.3,0.2,0.1&data=image";

/** Train the MLP on the homework's images, reconstruct from one step of noise, then generate. */
export const TRAIN_LESSON: Lesson = {
  title: "Train and observe",
  summary: "The homework's denoising notebook: train on single-dot images with T = 4, reconstruct, generate.",
  source: "Ho et al. 2020 (DDPM), Algorithms 1 and 2",
  steps: [
    {
      title: "Train on the homework's images",
      state: `${HOMEWORK}&t=1`,
      text:
        "100 copies of the 3×3 single-dot image, T = 4, β = 0.4, 0.3, 0.2, 0.1. The MLP learns ε̂_θ(x_t, t): " +
        "pick x_0, t and ε, form x_t, take a gradient step on ‖ε − ε̂‖². Watch the training loss fall in the Loss panel.",
      formula: {
        tex: "L_\\text{simple} = \\mathbb{E}_{x_0,t,\\epsilon}\\,\\lVert \\epsilon - \\hat\\epsilon_\\theta(\\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\epsilon,\\ t)\\rVert^2",
        text: "L_simple = E‖ε − ε̂_θ(√ᾱ_t·x₀ + √(1−ᾱ_t)·ε, t)‖²",
      },
    },
    {
      title: "Reconstruct from one step of noise",
      state: `${HOMEWORK}&mode=reconstruct&t0=1&t=1`,
      text:
        "Each image is diffused one step, x_1 = √0.6·x_0 + √0.4·ε, and the trained model takes the one reverse " +
        "step back (no noise is added at t = 1). The dot comes back: the model learned which noise was added.",
      formula: {
        tex: "x_0 \\approx \\frac{1}{\\sqrt{\\alpha_1}}\\Big(x_1 - \\frac{\\beta_1}{\\sqrt{1-\\bar\\alpha_1}}\\,\\hat\\epsilon_\\theta(x_1, 1)\\Big)",
        text: "x₀ ≈ (1/√α_1)·(x_1 − β_1/√(1−ᾱ_1)·ε̂_θ(x_1, 1))",
      },
    },
    {
      title: "Reconstruct from t = 4",
      state: `${HOMEWORK}&mode=reconstruct`,
      text:
        "Now each image is diffused all four steps and walked back by Algorithm 2. ᾱ_4 ≈ 0.30, so x_4 still " +
        "holds 0.55·x_0, and the four reverse steps recover the dot from it.",
    },
    {
      title: "Generate from pure noise",
      state: HOMEWORK,
      text:
        "Start from x_4 ~ N(0, I), though q(x_4) is not N(0, I): ᾱ_4 ≈ 0.30 keeps 0.55·x_0 in it. One image is " +
        "easy, so the dot still appears, but compare SW₂ with the reconstruction's: real schedules end with ᾱ_T ≈ 0.",
    },
  ],
};
