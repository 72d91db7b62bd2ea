/** A table offered as two files, CSV and JSON, built when chosen (from the store as it is then). */
import { fileNameFor } from "./download";
import { toCsv, toJson, type Table } from "./tables";
import type { DataExport } from "./types";

/** "<label> (CSV)" and "<label> (JSON)"; `current` gives the table and its file's name when chosen. */
export function tableExports(label: string, current: () => { table: Table; name: string }): DataExport[] {
  const file = (extension: "csv" | "json") => () => {
    const { table, name } = current();
    const text = extension === "csv" ? toCsv(table) : toJson(table);
    const type = extension === "csv" ? "text/csv" : "application/json";
    return { blob: new Blob([text], { type }), fileName: fileNameFor(name, extension) };
  };
  return [
    { label: `${label} (CSV)`, make: file("csv") },
    { label: `${label} (JSON)`, make: file("json") },
  ];
}
