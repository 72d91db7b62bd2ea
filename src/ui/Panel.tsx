import type { ReactNode } from "react";

/** One of the four named regions of the page; the aria-label is how tests and screen readers find it. */
export function Panel({ name, children }: { name: string; children: ReactNode }) {
  return (
    <section className="panel" aria-label={name}>
      <h2>{name}</h2>
      {children}
    </section>
  );
}
