import { useEffect, useState } from "react";
import { loadedRenderer, loadRenderer, type RenderTex } from "./tex-loader";

/** A TeX formula, shown as `text` (plain Unicode) until KaTeX has loaded; tests find it by `.katex`. */
export function Tex({ tex, text, display = false }: { tex: string; text: string; display?: boolean }) {
  const render = useTexRenderer();
  if (!render) return <span className="tex tex-fallback">{text}</span>;
  return <span className="tex" dangerouslySetInnerHTML={{ __html: render(tex, display) }} />;
}

/** KaTeX's renderer, or null while it loads (the component re-renders once it has). */
function useTexRenderer(): RenderTex | null {
  const [render, setRender] = useState<RenderTex | null>(loadedRenderer);
  useEffect(() => {
    if (render) return;
    let live = true;
    // If KaTeX cannot load, the plain-text formulas stay: still readable, just not typeset.
    loadRenderer().then(
      (loaded) => live && setRender(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [render]);
  return render;
}
