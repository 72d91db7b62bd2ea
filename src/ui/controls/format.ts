/**
 * A decimal number as people type it: surrounding spaces and the page's own minus sign "−" are fine; hex,
 * "Infinity" and blanks are not (null). It may overflow to ±∞ ("1e999"), for the caller to judge.
 */
export function parseTypedNumber(raw: string): number | null {
  const text = raw.trim().replace(/\u2212/g, "-");
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : null;
}

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

/** Decimals formatNearOne writes out before it switches to "1 − 5e−7". */
const NEAR_ONE_DECIMALS = 6;

/**
 * formatNumber for values that live near 1 (ᾱ_t, √ᾱ_t, √(1 − ᾱ_t)), where rounding to "1" would read as
 * "no noise at all": a value that rounds to 1 without being 1 keeps `gapDigits` significant digits of its
 * distance from 1 ("0.9995", "0.99987"), or, closer still, says the distance ("1 − 5e−7").
 */
export function formatNearOne(x: number, digits = 3, gapDigits = 2): string {
  const plain = formatNumber(x, digits);
  if (plain !== "1" || x === 1) return plain;
  const distance = Math.abs(x - 1);
  // (The 1e−9 keeps a distance of exactly 1e−k, which float arithmetic leaves a hair off, at k decimals.)
  const decimals = Math.ceil(-Math.log10(distance) - 1e-9) + gapDigits - 1;
  if (decimals <= NEAR_ONE_DECIMALS) return Number(x.toFixed(decimals)).toString();
  const exponent = distance.toExponential(0).replace("-", "−");
  return `1 ${x < 1 ? "−" : "+"} ${exponent}`;
}
