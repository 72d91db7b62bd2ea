import type { Lesson } from "../lesson";

/** The exact denoiser memorizes its 20 training points; a small MLP does not. */
export const MEMORIZATION_LESSON: Lesson = {
  title: "Memorization",
  summary: "The optimal denoiser only reproduces its training points; a small MLP makes new ones.",
  source: "Ho et al. 2020 (DDPM); the exact denoiser is E[x_0 | x_t] over the training set",
  steps: [
    {
      title: "The optimal denoiser, 20 training points",
      state: "n=20&model=exact&t=1",
      text:
        "The loss's optimum on a finite data set is known: ε̂ from E[x_0 | x_t], a softmax-weighted mean of " +
        "the 20 training points. Sampling with it lands every sample on a training point: \u201cmemorized\u201d ≈ 100%.",
      formula: {
        tex: "\\mathbb{E}[x_0 \\mid x_t] = \\sum_i w_i\\,x_0^{(i)},\\quad w_i \\propto \\exp\\!\\Big(-\\frac{\\lVert x_t - \\sqrt{\\bar\\alpha_t}\\,x_0^{(i)}\\rVert^2}{2(1-\\bar\\alpha_t)}\\Big)",
        text: "E[x₀ | x_t] = Σ_i w_i·x₀⁽ⁱ⁾, w_i ∝ exp(−‖x_t − √ᾱ_t·x₀⁽ⁱ⁾‖²/(2(1−ᾱ_t)))",
      },
    },
    {
      title: "A small MLP, the same 20 points",
      state: "n=20&t=1",
      text:
        "The MLP trained here is too smooth to copy that spiky optimum: its samples spread over the region " +
        "between the training points (new points, near the data), and the memorized share falls well below 100%.",
    },
    {
      title: "More data, the same lesson",
      state: "n=200&model=exact&t=1",
      text:
        "With 200 points the exact denoiser still puts almost every sample on a training point, just on more " +
        "of them. Memorizing is what the optimum of the training loss does; generalizing comes from the model's limits.",
    },
  ],
};
