import type { Lesson } from "../lesson";

/** The exact denoiser on a 500-point cloud: a real ε̂ with no training, cheap enough to resample per step. */
const EXACT = "n=500&model=exact";

/** The mean loss and the noise loss: one is the other times a weight, and the noise loss is cheaper. */
export const NOISE_VS_MEAN_LESSON: Lesson = {
  title: "Predicting the noise vs predicting the mean",
  summary: "The two losses of the reverse step, the weight that links them, and what each costs.",
  source: "Ho et al. 2020 (DDPM), eq. 8, 11, 12 and 14",
  steps: [
    {
      title: "Two ways to learn the reverse step",
      state: `${EXACT}&t=10`,
      text:
        "The reverse step needs a mean μ_θ(x_t, t). Learn it directly against the posterior mean μ̃_t (eq. 8), " +
        "or predict the noise and compute μ_θ from ε̂ (eq. 11). The Loss panel computes both, here with the exact denoiser.",
      formula: {
        tex: "\\mu_\\theta(x_t, t) = \\frac{1}{\\sqrt{\\alpha_t}}\\Big(x_t - \\frac{\\beta_t}{\\sqrt{1-\\bar\\alpha_t}}\\,\\hat\\epsilon_\\theta(x_t, t)\\Big)",
        text: "μ_θ = (1/√α_t)·(x_t − β_t/√(1−ᾱ_t)·ε̂_θ(x_t, t))",
      },
    },
    {
      title: "The same loss, up to a weight",
      state: `${EXACT}&t=10`,
      text:
        "Put eq. 11 into the mean loss and it becomes the noise loss times w_t (eq. 12). In \u201cMean loss = " +
        "weight × noise loss\u201d the two rows agree to rounding: w_10 ≈ 0.09 here.",
      formula: {
        tex: "\\frac{\\lVert\\tilde\\mu_t - \\mu_\\theta\\rVert^2}{2\\sigma_t^2} = \\underbrace{\\frac{\\beta_t^2}{2\\sigma_t^2\\,\\alpha_t(1-\\bar\\alpha_t)}}_{w_t}\\,\\lVert\\epsilon - \\hat\\epsilon\\rVert^2",
        text: "‖μ̃_t − μ_θ‖²/(2σ_t²) = w_t·‖ε − ε̂‖², w_t = β_t²/(2σ_t²·α_t·(1−ᾱ_t))",
      },
    },
    {
      title: "The weight falls with t",
      state: `${EXACT}&t=100`,
      text:
        "At t = 100, w_t ≈ 0.03; at t = 1 it is 1/(2α_1) ≈ 0.5. Ho et al. drop w_t and train on ‖ε − ε̂‖² " +
        "(L_simple, eq. 14): against the bound, that down-weights the easy small-t steps, and gave better samples.",
    },
    {
      title: "The other variance, σ_t² = β̃_t",
      state: `${EXACT}&var=betaTilde&t=10`,
      text:
        "With the posterior variance β̃_t as σ_t², the weight changes (w_10 ≈ 0.11 instead of 0.09) but the noise " +
        "loss does not: predicting ε leaves the loss free of that choice.",
    },
    {
      title: "What each costs",
      state: `${EXACT}&t=100`,
      text:
        "The time column measures one pass over the batch. The mean loss needs μ̃_t and μ_θ for every point; the " +
        "noise loss only ε − ε̂, so it is several times faster, and its target has unit variance at every t.",
    },
  ],
};
