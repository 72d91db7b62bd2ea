import * as v from "valibot";
import { describe, expect, it } from "vitest";
import forwardBackwardCases from "../../../tests/reference/public-forward-backward.json";
import momentCases from "../../../tests/reference/public-moments-losses.json";
import trainingCases from "../../../tests/reference/public-training-step.json";
import { expectClose, FLOAT32_TOLERANCE, FLOAT64_TOLERANCE } from "../../../tests/close";
import { isUndefined } from "../../core/maybe";
import type { Calculate } from "../../state/slices/calculator-slice";
import { runCalculator } from "../../worker/calculator";
import { CALCULATOR_EDITS_SCHEMA, CALCULATOR_PROBLEMS } from "../../state/calculator-view";
import { editsOf, examplesOf, inputsOf, type Row, type Value } from "./problem";
import { PROBLEMS, problemById } from "./problems";
import { float32Tables } from "./problems/training-step";

/** The worker's calculator, called in this thread. */
const calculate: Calculate = async (problem, inputs) => runCalculator(problem, inputs);

/** Solves a problem from typed text, failing the test if the inputs are refused. */
async function solve(id: Parameters<typeof problemById>[0], raw: Record<string, string>): Promise<Row[]> {
  const prepared = problemById(id).prepare({ ...examplesOf(problemById(id)), ...raw });
  if (!prepared.ok) throw new Error(prepared.messages.map((m) => m.message).join("; "));
  return prepared.solve(calculate);
}

const valueOf = (rows: readonly Row[], words: string): Value => {
  const row = rows.find((r) => r.words.startsWith(words));
  if (!row) throw new Error(`no row "${words}"`);
  return row.value;
};

const numbersIn = (value: Value): number[] =>
  isUndefined(value)
    ? []
    : typeof value === "number"
      ? [value]
      : ((value as readonly unknown[]).flat(2) as number[]);

const list = (values: readonly number[]) => values.join(", ");

describe("the calculator's problems", () => {
  it.each(PROBLEMS.map((p) => [p.title, p] as const))(
    "%s solves its example with finite values",
    async (_, p) => {
      const prepared = p.prepare(examplesOf(p));
      if (!prepared.ok) throw new Error("the example was refused");
      const rows = await prepared.solve(calculate);
      expect(rows.filter((r) => r.answer).length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(isUndefined(row.value)).toBe(false);
        expect(numbersIn(row.value).every(Number.isFinite)).toBe(true);
      }
      expect(p.convention).toMatch(/t is (1-indexed|a 0-based array position|randint)|t = randint/);
    },
  );

  it("reads 0.0011 on the reconstruction-loss example", async () => {
    const rows = await solve("diffusionLoss", {});
    expect(valueOf(rows, "the reconstruction loss")).toBeCloseTo(0.0011, 4);
    expectClose(valueOf(rows, "the model's guess"), [1 + (0.1 * Math.sqrt(0.1)) / Math.sqrt(0.9)], 1e-12);
  });

  it("reproduces numpy's forward & backward case (t 0-based)", async () => {
    const c = forwardBackwardCases[1];
    if (!c) throw new Error("no case");
    const rows = await solve("forwardBackward", {
      T: String(c.T),
      betaStart: String(c.beta_start),
      betaEnd: String(c.beta_end),
      t: String(c.t),
      x0: list(c.x_0),
      noise: list(c.noise),
      predicted: list(c.predicted_noise),
      z: list(c.z),
    });
    expectClose(valueOf(rows, "forward: the noised data"), c.expected_x_t, FLOAT64_TOLERANCE);
    expectClose(valueOf(rows, "backward: one step"), c.expected_x_prev, FLOAT64_TOLERANCE);
  });

  it("reproduces numpy's moments, posterior and losses (t 1-indexed)", async () => {
    const c = momentCases[0];
    if (!c) throw new Error("no case");
    const schedule = {
      T: String(c.T),
      betaStart: String(c.beta_start),
      betaEnd: String(c.beta_end),
      t: String(c.t),
    };
    const posterior = await solve("posterior", { ...schedule, x0: list(c.x_0), xt: list(c.x_t) });
    expectClose(valueOf(posterior, "where x_t is centred"), c.marginal_mean, FLOAT64_TOLERANCE);
    expectClose(valueOf(posterior, "per coordinate"), c.marginal_var, FLOAT64_TOLERANCE);
    expectClose(valueOf(posterior, "posterior mean"), c.posterior_mean, FLOAT64_TOLERANCE);
    expectClose(valueOf(posterior, "posterior variance"), c.posterior_var, FLOAT64_TOLERANCE);
    const losses = await solve("losses", {
      ...schedule,
      x0: list(c.x_0),
      eps: list(c.eps),
      epsPred: list(c.eps_pred),
    });
    expectClose(valueOf(losses, "the model's mean"), c.model_mean, FLOAT64_TOLERANCE);
    expectClose(valueOf(losses, "the mean loss"), c.mean_loss_sigma2_beta, FLOAT64_TOLERANCE);
    expectClose(
      valueOf(losses, "the weighted noise loss"),
      c.noise_loss_weighted_sigma2_beta,
      FLOAT64_TOLERANCE,
    );
    expectClose(valueOf(losses, "the unweighted noise MSE"), c.noise_mse, FLOAT64_TOLERANCE);
  });

  it("reproduces PyTorch's training step from T, β_start and β_end", async () => {
    const c = trainingCases[0];
    if (!c) throw new Error("no case");
    const { betas, alphaBar } = float32Tables(c.betas.length, 1e-4, 0.02);
    expectClose(betas, c.betas, FLOAT32_TOLERANCE);
    expectClose(alphaBar, c.alpha_bar, FLOAT32_TOLERANCE);
    const matrix = (m: number[][]) => m.map(list).join("; ");
    const rows = await solve("trainingStep", {
      xClean: matrix(c.x_clean),
      weights: matrix(c.w_model),
      T: String(c.betas.length),
      lr: String(c.lr),
      seed: String(c.seed),
    });
    expect(valueOf(rows, "drawn by randint")).toBe(c.expected_t);
    expectClose(valueOf(rows, "the loss"), c.expected_loss, FLOAT32_TOLERANCE);
    expectClose(numbersIn(valueOf(rows, "the updated weights")), c.expected, FLOAT32_TOLERANCE);
  });

  it("refuses bad inputs with messages that name the field", () => {
    const p = problemById("diffusionLoss");
    const example = examplesOf(p);
    expect(p.prepare({ ...example, x0: "1, x" })).toEqual({
      ok: false,
      messages: [{ field: "x0", message: expect.stringContaining('"x" is not a number') }],
    });
    expect(p.prepare({ ...example, t: "0" })).toMatchObject({
      ok: false,
      messages: [{ message: expect.stringContaining("must lie in 1..5") }],
    });
    expect(p.prepare({ ...example, noise: "1, 2" })).toMatchObject({
      ok: false,
      messages: [{ message: expect.stringContaining("as many values as x₀") }],
    });
    const steps = problemById("forwardBackward");
    expect(steps.prepare({ ...examplesOf(steps), t: "1000" })).toMatchObject({
      ok: false,
      messages: [{ message: expect.stringContaining("0..999") }],
    });
    const training = problemById("trainingStep");
    expect(training.prepare({ ...examplesOf(training), weights: "1, 2" })).toMatchObject({
      ok: false,
      messages: [{ message: expect.stringContaining("(d + 1)×d = 3×2") }],
    });
  });

  it("labels what does not exist as undefined, with the core's reason", async () => {
    const rows = await solve("diffusionLoss", { betaStart: "1", betaEnd: "1" });
    const loss = valueOf(rows, "the reconstruction loss");
    expect(isUndefined(loss) && loss.undefinedBecause).toContain("ᾱ_1 = 0");
    const steps = await solve("forwardBackward", { T: "3", betaStart: "1", betaEnd: "1", t: "1" });
    expect(isUndefined(valueOf(steps, "backward: one step"))).toBe(true);
    const losses = await solve("losses", { betaStart: "0", betaEnd: "0" });
    expect(isUndefined(valueOf(losses, "the mean loss"))).toBe(true);
  });

  it("are the problems links name, in the same order, with field keys a link can carry", () => {
    expect(PROBLEMS.map((p) => p.id)).toEqual(CALCULATOR_PROBLEMS);
    for (const problem of PROBLEMS) {
      const everyField = Object.fromEntries(problem.fields.map(([key]) => [key, "typed"]));
      expect(v.is(CALCULATOR_EDITS_SCHEMA, { [problem.id]: everyField })).toBe(true);
    }
  });

  it("keep only what differs from the example, and show the example under it", () => {
    const problem = problemById("trainingStep");
    const typed = { ...examplesOf(problem), lr: "0.1", seed: "7" };
    const edits = editsOf(problem, typed);
    expect(edits).toEqual({ lr: "0.1", seed: "7" });
    expect(inputsOf(problem, edits)).toEqual(typed);
    expect(editsOf(problem, examplesOf(problem))).toEqual({});
    // A link's key that the problem does not have is not shown, and is dropped at the next edit.
    expect(inputsOf(problem, { bogus: "1" })).toEqual(examplesOf(problem));
    expect(editsOf(problem, { ...typed, bogus: "1" })).toEqual(edits);
  });
});
