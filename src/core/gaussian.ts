import { type Maybe, undefinedBecause } from "./maybe";

/** Numbers about one-dimensional Gaussians that the variational bound needs. */

const LOG_TWO_PI = Math.log(2 * Math.PI);
/** Coefficients of t⁰..t⁹ in the exponent of Numerical Recipes' erfc fit (see `erfc`). */
const ERFC_COEFFICIENTS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
  -0.82215223, 0.17087277,
];

/**
 * KL(N(μ1, v1) ‖ N(μ2, v2)) = ½·(log(v2/v1) + (v1 + (μ1 − μ2)²)/v2 − 1), in nats.
 * A point mass (v1 = 0) against a Gaussian has infinite KL; against a point mass (v2 = 0) it is undefined.
 */
export function gaussianKl(mu1: number, v1: number, mu2: number, v2: number): Maybe<number> {
  if (!(v2 > 0)) return undefinedBecause("the model's variance is 0: its density is not defined");
  if (!(v1 > 0)) return Infinity;
  const d = mu1 - mu2;
  return 0.5 * (Math.log(v2 / v1) + (v1 + d * d) / v2 - 1);
}

/** log N(x; μ, v), in nats. */
export function gaussianLogPdf(x: number, mu: number, v: number): number {
  const d = x - mu;
  return -0.5 * (LOG_TWO_PI + Math.log(v) + (d * d) / v);
}

/**
 * The complementary error function, to a relative error below 1.2e-7 everywhere (the Chebyshev fit of
 * Numerical Recipes, 2nd ed., §6.2). Computing the upper tail directly keeps small probabilities exact.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  let poly = 0;
  for (let k = ERFC_COEFFICIENTS.length - 1; k >= 0; k--) poly = poly * t + (ERFC_COEFFICIENTS[k] as number);
  const upper = t * Math.exp(-z * z + poly);
  return x >= 0 ? upper : 2 - upper;
}

/** P(a < X < b) for X ~ N(0, 1), from whichever tail keeps the digits. */
export function standardNormalInterval(a: number, b: number): number {
  if (a >= 0) return 0.5 * (erfc(a / Math.SQRT2) - erfc(b / Math.SQRT2));
  if (b <= 0) return 0.5 * (erfc(-b / Math.SQRT2) - erfc(-a / Math.SQRT2));
  return 1 - 0.5 * (erfc(-a / Math.SQRT2) + erfc(b / Math.SQRT2));
}
