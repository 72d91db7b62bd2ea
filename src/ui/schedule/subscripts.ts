/**
 * Notes are written with TeX-like subscripts ("ᾱ_T", "x_{t−1}") so they read well in tests and in the
 * source; on the page those parts are set as real subscripts.
 */

/** A run of text, and whether it is a subscript. */
export interface TextPart {
  readonly text: string;
  readonly sub: boolean;
}

/** "_x" subscripts a run of letters and digits, "_{…}" anything up to the closing brace. */
const SUBSCRIPT = /_(?:\{([^}]*)\}|([\p{L}\p{N}]+))/gu;

export function subscriptParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(SUBSCRIPT)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), sub: false });
    parts.push({ text: match[1] ?? match[2] ?? "", sub: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), sub: false });
  return parts;
}
