/**
 * Pointwise nonlinearities, each a function paired with its derivative. The derivative takes the
 * pre-activation z (not the output), because the network caches z for the backward pass: for GELU and
 * SiLU the output alone does not determine the slope.
 */
import { expNonPositive } from "../fast-exp";

/** √(2/π), the scale inside GELU's tanh approximation. */
const GELU_SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/** The cubic coefficient of GELU's tanh approximation (Hendrycks & Gimpel 2016). */
const GELU_CUBIC = 0.044715;

/** The names a config may use; `ACTIVATIONS` has exactly these keys. */
export type ActivationName = "relu" | "gelu" | "silu";

/** A nonlinearity: f(z) and its derivative df/dz, both as functions of the pre-activation z. */
export interface Activation {
  readonly f: (z: number) => number;
  readonly df: (z: number) => number;
}

/** ReLU: f(z) = max(0, z), f′(z) = 1 for z > 0 else 0 (the subgradient 0 at z = 0, as in PyTorch). */
export const relu: Activation = {
  f: (z) => (z > 0 ? z : 0),
  df: (z) => (z > 0 ? 1 : 0),
};

/**
 * GELU, tanh approximation (Hendrycks & Gimpel 2016): f(z) = ½z(1 + tanh u), u = √(2/π)(z + 0.044715z³);
 * f′(z) = ½(1 + tanh u) + ½z(1 − tanh²u)·√(2/π)(1 + 3·0.044715z²).
 */
export const gelu: Activation = {
  f: (z) => 0.5 * z * (1 + Math.tanh(GELU_SQRT_2_OVER_PI * (z + GELU_CUBIC * z * z * z))),
  df: (z) => {
    const th = Math.tanh(GELU_SQRT_2_OVER_PI * (z + GELU_CUBIC * z * z * z));
    const du = GELU_SQRT_2_OVER_PI * (1 + 3 * GELU_CUBIC * z * z);
    return 0.5 * (1 + th) + 0.5 * z * (1 - th * th) * du;
  },
};

/**
 * The logistic σ(z) = 1/(1 + e^−z), through the fast exponential of a non-positive argument on either side
 * of 0 (σ(z) = e^z/(1 + e^z) for z < 0): SiLU evaluates it twice per unit and step, and Math.exp dominated
 * the activations' cost in the training profile.
 */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + expNonPositive(-z));
  const e = expNonPositive(z);
  return e / (1 + e);
}

/** SiLU / swish (Elfwing et al. 2018; Ramachandran et al. 2017): f(z) = z·σ(z), f′(z) = σ(z)(1 + z(1 − σ(z))). */
export const silu: Activation = {
  f: (z) => z * sigmoid(z),
  df: (z) => {
    const s = sigmoid(z);
    return s * (1 + z * (1 - s));
  },
};

/** Every activation by name: the single table configs are resolved against. */
export const ACTIVATIONS = { relu, gelu, silu } satisfies Record<ActivationName, Activation>;

/** Whether `name` is a key of `ACTIVATIONS` (own keys only, so "toString" is not an activation). */
export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === "string" && Object.hasOwn(ACTIVATIONS, name);
}

/** The activation called `name`; throws an Error naming the valid choices for anything else. */
export function getActivation(name: unknown): Activation {
  if (!isActivationName(name)) {
    throw new Error(
      `unknown activation ${JSON.stringify(name)}; expected one of ${Object.keys(ACTIVATIONS).join(", ")}`,
    );
  }
  return ACTIVATIONS[name];
}
