/**
 * What a move of the forward panel's t did, for slow motion. One step forward under fresh noise is the
 * Markov step x_t = √α_t·x_{t−1} + √β_t·ε (DDPM eq. 2); under fixed noise the panel shows the closed form
 * x_t = √ᾱ_t·x_0 + √(1−ᾱ_t)·ε with the same ε (eq. 4). Other moves are described by q(x_t | x_0).
 */
import type { Schedule } from "../../core/schedule";
import type { ForwardNoiseMode } from "../../state/settings";
import { num, texNum, type Caption } from "./caption";

/** x_t in the closed form, with this schedule's numbers. */
function closedForm(schedule: Schedule, t: number): Caption["formula"] {
  const a = schedule.sqrtAlphaBars[t - 1] as number;
  const b = schedule.sqrtOneMinusAlphaBars[t - 1] as number;
  return {
    tex: `x_{${t}} = \\sqrt{\\bar\\alpha_{${t}}}\\,x_0 + \\sqrt{1-\\bar\\alpha_{${t}}}\\,\\epsilon = ${texNum(a)}\\,x_0 + ${texNum(b)}\\,\\epsilon`,
    text: `x_${t} = √ᾱ_${t}·x₀ + √(1−ᾱ_${t})·ε = ${num(a)}·x₀ + ${num(b)}·ε`,
  };
}

/** The distribution of x_t given x_0, which fresh noise reaches by another path. */
function marginal(schedule: Schedule, t: number): Caption["formula"] {
  const a = schedule.sqrtAlphaBars[t - 1] as number;
  const v = schedule.oneMinusAlphaBars[t - 1] as number;
  return {
    tex: `q(x_{${t}} \\mid x_0) = \\mathcal{N}\\big(${texNum(a)}\\,x_0,\\ ${texNum(v)}\\,I\\big)`,
    text: `q(x_${t} | x₀) = N(${num(a)}·x₀, ${num(v)}·I)`,
  };
}

/** The Markov step into t, with its numbers. */
function markovStep(schedule: Schedule, t: number): Caption["formula"] {
  const beta = schedule.betas[t - 1] as number;
  const keep = Math.sqrt(1 - beta);
  const add = Math.sqrt(beta);
  return {
    tex: `x_{${t}} = \\sqrt{\\alpha_{${t}}}\\,x_{${t - 1}} + \\sqrt{\\beta_{${t}}}\\,\\epsilon = ${texNum(keep)}\\,x_{${t - 1}} + ${texNum(add)}\\,\\epsilon`,
    text: `x_${t} = √α_${t}·x_{${t - 1}} + √β_${t}·ε = ${num(keep)}·x_{${t - 1}} + ${num(add)}·ε`,
  };
}

/** The caption for t moving from `from` to `to` (both 1..T), or null when t did not move. */
export function forwardCaption(
  schedule: Schedule,
  from: number,
  to: number,
  mode: ForwardNoiseMode,
): Caption | null {
  if (from === to) return null;
  const stepped = `t = ${from} → ${to}`;
  if (to !== from + 1) {
    const how = to === from - 1 ? "one step back along the same run (not denoising)" : `jumped to t = ${to}`;
    return {
      headline: `${stepped}: ${how}`,
      formula: mode === "fixed" ? closedForm(schedule, to) : marginal(schedule, to),
    };
  }
  const beta = schedule.betas[to - 1] as number;
  if (beta === 0) {
    return {
      headline: `${stepped}: β_${to} = 0, so nothing was added`,
      formula: { tex: `x_{${to}} = x_{${from}}`, text: `x_${to} = x_${from}` },
    };
  }
  if (beta === 1) {
    return {
      headline: `${stepped}: β_${to} = 1 wiped out x_${from}, leaving pure noise`,
      formula: { tex: `x_{${to}} = \\epsilon`, text: `x_${to} = ε` },
    };
  }
  return mode === "fresh"
    ? {
        headline: `${stepped}: added fresh noise with β_${to} = ${num(beta)}`,
        formula: markovStep(schedule, to),
      }
    : {
        headline: `${stepped}: added noise with β_${to} = ${num(beta)} (closed form: the same ε, scaled up)`,
        formula: closedForm(schedule, to),
      };
}
