/**
 * Loads KaTeX lazily: the first page load stays light, and formulas show as plain text until it arrives.
 * Every formula on the page shares the one load; rendered HTML is cached by source.
 */
export type RenderTex = (tex: string, display: boolean) => string;

let renderer: RenderTex | null = null;
let loading: Promise<RenderTex> | null = null;
const cache = new Map<string, string>();

/** KaTeX's renderer once loaded, else null. */
export function loadedRenderer(): RenderTex | null {
  return renderer;
}

/** Starts (or joins) the load of KaTeX and resolves its caching renderer. */
export function loadRenderer(): Promise<RenderTex> {
  loading ??= import("./katex-render").then(({ renderTex }) => {
    renderer = (tex, display) => {
      const key = `${display ? "D" : "I"}${tex}`;
      let html = cache.get(key);
      if (html === undefined) cache.set(key, (html = renderTex(tex, display)));
      return html;
    };
    return renderer;
  });
  return loading;
}
