/**
 * Numbers as the page shows them: never "NaN" or "Infinity" (an undefined value is labelled as such),
 * compact for tiny and huge values, and fixed width enough that readouts do not jump while they change.
 */
export function formatNumber(x: number, digits = 3): string {
  if (Number.isNaN(x)) return "undefined";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x === 0) return "0";
  const size = Math.abs(x);
  if (size >= 1e4 || size < 1e-3) return x.toExponential(digits - 1).replace("-", "−");
  return Number(x.toPrecision(digits)).toString().replace("-", "−");
}
