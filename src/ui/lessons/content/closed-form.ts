import type { Lesson } from "../lesson";

const MARGINAL = {
  tex: "q(x_t \\mid x_0) = \\mathcal{N}\\big(\\sqrt{\\bar\\alpha_t}\\,x_0,\\ (1-\\bar\\alpha_t)\\,I\\big)",
  text: "q(x_t | x₀) = N(√ᾱ_t·x₀, (1−ᾱ_t)·I)",
};

/** One draw of ε per point (the closed form) against fresh noise per step (the chain): the same marginals. */
export const CLOSED_FORM_LESSON: Lesson = {
  title: "Closed form vs Markov chain",
  summary:
    "x_t in one shot from x_0, or step by step with fresh noise: different paths, the same distribution.",
  source: "Ho et al. 2020 (DDPM), eq. 2 and 4, Algorithm 1",
  steps: [
    {
      title: "Closed form: one ε per point",
      state: "t=50",
      text:
        "x_t can be drawn straight from x_0: x_t = √ᾱ_t·x_0 + √(1−ᾱ_t)·ε, with one ε per point. Press " +
        "play (Space): each point glides smoothly from its x_0 toward its own ε.",
      formula: MARGINAL,
    },
    {
      title: "Markov chain: fresh noise at every step",
      state: "noise=fresh&t=50",
      text:
        "The process as defined: x_t = √α_t·x_{t−1} + √β_t·ε_t, with new noise ε_t at every step. Play it: " +
        "each point now takes a random walk instead of a smooth path.",
      formula: {
        tex: "x_t = \\sqrt{\\alpha_t}\\,x_{t-1} + \\sqrt{\\beta_t}\\,\\epsilon_t,\\quad \\epsilon_t \\sim \\mathcal{N}(0, I)",
        text: "x_t = √α_t·x_{t−1} + √β_t·ε_t, ε_t ~ N(0, I)",
      },
    },
    {
      title: "The same cloud at t = 100, closed form…",
      state: "t=100",
      text:
        "Note the cloud's spread and its histograms at t = 100 with one fixed ε, then press Next for the chain " +
        "at the same t.",
      formula: MARGINAL,
    },
    {
      title: "…and as a chain",
      state: "noise=fresh&t=100",
      text:
        "Other points sit in other places, but the cloud and its histograms match: a sum of independent " +
        "Gaussian steps is Gaussian with the variances added, so both modes give the same q(x_t | x_0).",
      formula: MARGINAL,
    },
    {
      title: "Why training uses the closed form",
      state: "t=150",
      text:
        "A training step picks a random t, draws one ε and forms x_t directly (Algorithm 1): no t steps of " +
        "simulation. That ε is exactly what the network is asked to predict.",
      formula: {
        tex: "\\lVert \\epsilon - \\epsilon_\\theta(\\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\epsilon,\\ t) \\rVert^2",
        text: "‖ε − ε_θ(√ᾱ_t·x₀ + √(1−ᾱ_t)·ε, t)‖²",
      },
    },
  ],
};
