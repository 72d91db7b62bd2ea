/**
 * The heavy half of formula rendering, loaded on demand (see tex-loader.ts): KaTeX itself and its style
 * sheet, whose fonts Vite bundles as local assets, so formulas never need the network.
 */
import katex from "katex";
import "katex/dist/katex.min.css";

/** A formula as HTML (with MathML for screen readers); a TeX error shows the source in red, never throws. */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, output: "htmlAndMathml" });
}
