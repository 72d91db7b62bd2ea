import { makeSchedule, type Schedule } from "../schedule";

/**
 * Sampling with fewer steps than T visits a subsequence τ_1 < … < τ_S of the timesteps. The jump from
 * τ_i to τ_{i−1} is itself a Gaussian step with β'_i = 1 − ᾱ_{τ_i}/ᾱ_{τ_{i−1}} (ᾱ_{τ_0} = 1; computed as 1 − Π α_s over the jump), so a
 * "respaced" schedule of these β' lets the ordinary reverse step do strided sampling with the correct
 * previous-timestep arithmetic (Nichol & Dhariwal 2021, section 4; Song et al. 2021, DDIM).
 */
export interface Respaced {
  /** τ_1..τ_S, ascending: the original timesteps the predictor is asked about. */
  readonly timesteps: Int32Array;
  /** The schedule of the jumps: its step i (1-based) goes from τ_i to τ_{i−1}. */
  readonly schedule: Schedule;
}

/** S timesteps evenly spread over 1..tStart, always ending at tStart (S ≤ tStart). */
export function stridedTimesteps(tStart: number, steps: number): Int32Array {
  if (!Number.isInteger(steps) || steps < 1 || steps > tStart) {
    throw new RangeError(
      `the number of sampling steps must be a whole number from 1 to ${tStart}, got ${steps}`,
    );
  }
  return Int32Array.from({ length: steps }, (_, i) => Math.round(((i + 1) * tStart) / steps));
}

/** The respaced schedule for sampling from tStart down to 0 in `steps` jumps. */
export function respace(schedule: Schedule, tStart: number, steps: number): Respaced {
  const timesteps = stridedTimesteps(tStart, steps);
  let from = 0;
  const betas = Array.from(timesteps, (tau) => {
    // α' = α_{from+1}·…·α_τ, the product itself rather than a ratio of ᾱ, so it stays exact where ᾱ = 0;
    // summed as logs so that β' = 1 − α' = −expm1(Σ log(1 − β)) keeps the digits of tiny betas.
    let logAlpha = 0;
    for (let s = from; s < tau; s++) logAlpha += Math.log1p(-(schedule.betas[s] as number));
    from = tau;
    return -Math.expm1(logAlpha);
  });
  return { timesteps, schedule: makeSchedule({ family: "custom", betas }) };
}
