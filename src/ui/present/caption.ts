/** A slow-motion caption: what the last step did, in words, and its formula with the numbers put in. */
import { formatNumber } from "../controls/format";

export interface Caption {
  /** Plain words; `_t`, `_{t−1}` are set as subscripts. */
  readonly headline: string;
  readonly formula?: { readonly tex: string; readonly text: string };
}

/** A number for a caption: three significant digits, never NaN (see formatNumber). */
export const num = (x: number): string => formatNumber(x);

/** The same number in TeX: 1.00e−6 becomes 1.00 \times 10^{-6}. */
export function texNum(x: number): string {
  const [mantissa = "", exponent] = num(x).replace(/−/g, "-").split("e");
  return exponent === undefined ? mantissa : `${mantissa}\\times 10^{${exponent}}`;
}
