/**
 * The nonlinearities of src/core/nn/activations.ts, four lanes at a time, each computing f(z) and f′(z)
 * from one exponential: the forward pass stores f′(z) for the backward pass instead of z, so backward
 * multiplies by it and evaluates nothing. Codes match ACTIVATION_CODES in ../layout.ts.
 */
import { sigmoid4 } from "./vector-math";

export const IDENTITY: i32 = 0;
export const RELU: i32 = 1;
export const GELU: i32 = 2;
export const SILU: i32 = 3;

/** √(2/π) and the cubic coefficient of GELU's tanh approximation (Hendrycks & Gimpel 2016). */
const GELU_SQRT_2_OVER_PI: f32 = 0.7978845608028654;
const GELU_CUBIC: f32 = 0.044715;

/** f(z) per lane for the activation `code`; when derivOut ≠ 0, also stores f′(z) at derivOut. */
export function activate4(z: v128, code: i32, derivOut: usize): v128 {
  const one = f32x4.splat(1);
  if (code == RELU) {
    const positive = f32x4.gt(z, f32x4.splat(0));
    if (derivOut != 0) v128.store(derivOut, v128.and(one, positive));
    return v128.and(z, positive);
  }
  if (code == GELU) {
    // ½(1 + tanh u) = σ(2u), so f = z·σ(2u) and, with 1 − tanh²u = 4σ(1 − σ), f′ = σ + 2zσ(1 − σ)·u′.
    const z2 = f32x4.mul(z, z);
    const u = f32x4.mul(
      f32x4.splat(GELU_SQRT_2_OVER_PI),
      f32x4.add(z, f32x4.mul(f32x4.splat(GELU_CUBIC), f32x4.mul(z2, z))),
    );
    const s = sigmoid4(f32x4.add(u, u));
    if (derivOut != 0) {
      const du = f32x4.mul(
        f32x4.splat(GELU_SQRT_2_OVER_PI),
        f32x4.add(one, f32x4.mul(f32x4.splat(3 * GELU_CUBIC), z2)),
      );
      const slope = f32x4.mul(f32x4.mul(f32x4.add(z, z), f32x4.mul(s, f32x4.sub(one, s))), du);
      v128.store(derivOut, f32x4.add(s, slope));
    }
    return f32x4.mul(z, s);
  }
  if (code == SILU) {
    // f = z·σ(z), f′ = σ(1 + z(1 − σ)).
    const s = sigmoid4(z);
    if (derivOut != 0) {
      v128.store(derivOut, f32x4.mul(s, f32x4.add(one, f32x4.mul(z, f32x4.sub(one, s)))));
    }
    return f32x4.mul(z, s);
  }
  if (derivOut != 0) v128.store(derivOut, one);
  return z;
}
