import type { CalculatorProblemId } from "../../../state/calculator-view";
import type { Problem } from "../problem";
import { DIFFUSION_LOSS } from "./diffusion-loss";
import { FORWARD_BACKWARD } from "./forward-backward";
import { LOSSES } from "./losses";
import { POSTERIOR } from "./posterior";
import { TRAINING_STEP } from "./training-step";

/** The five textbook problems, in the order the calculator lists them. */
export const PROBLEMS: readonly Problem[] = [
  DIFFUSION_LOSS,
  FORWARD_BACKWARD,
  POSTERIOR,
  LOSSES,
  TRAINING_STEP,
];

/** A problem by id. */
export const problemById = (id: CalculatorProblemId): Problem =>
  PROBLEMS.find((p) => p.id === id) ?? DIFFUSION_LOSS;
