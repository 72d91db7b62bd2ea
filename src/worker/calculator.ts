import * as seeds from "../core/seeds";

/**
 * The textbook problems the calculator panel can evaluate, by name. Each entry is the core's own function,
 * so the request and result types come from seeds.ts and are never written twice.
 */
export const CALCULATORS = {
  diffusionLoss: seeds.diffusionLoss,
  forwardDiffusion: seeds.forwardDiffusion,
  reverseStep: seeds.reverseStep,
  posterior: seeds.posterior,
  meanLoss: seeds.meanLoss,
  noiseLossWeighted: seeds.noiseLossWeighted,
  ddpmTrainingStepDetails: seeds.ddpmTrainingStepDetails,
} as const;

/** The name of a textbook problem. */
export type CalculatorProblem = keyof typeof CALCULATORS;
/** A problem's arguments, in its function's order. */
export type CalculatorInputs<P extends CalculatorProblem> = Parameters<(typeof CALCULATORS)[P]>;
/** What a problem's function returns (its intermediates, where it has them). */
export type CalculatorResult<P extends CalculatorProblem> = ReturnType<(typeof CALCULATORS)[P]>;

/** Evaluates one problem with the given inputs (in the problem's own order and conventions). */
export function runCalculator<P extends CalculatorProblem>(
  problem: P,
  inputs: CalculatorInputs<P>,
): CalculatorResult<P> {
  // TypeScript cannot correlate the looked-up function with P's own parameter list, so say it once here.
  const calculate = CALCULATORS[problem] as unknown as (...args: CalculatorInputs<P>) => CalculatorResult<P>;
  return calculate(...inputs);
}
