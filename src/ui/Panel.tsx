import type { ReactNode } from "react";
import { ExportMenu, type DataExport } from "./export/ExportMenu";
import "./export/export.css";

/**
 * One of the four named regions of the page; the aria-label is how tests and screen readers find it. Its
 * header carries the Export menu: every labelled chart and canvas inside, plus the panel's `exports`.
 */
export function Panel({
  name,
  exports,
  children,
}: {
  name: string;
  exports?: readonly DataExport[];
  children: ReactNode;
}) {
  return (
    <section className="panel" aria-label={name}>
      <header className="panel-header">
        <h2>{name}</h2>
        <ExportMenu panelName={name} data={exports} />
      </header>
      {children}
    </section>
  );
}
