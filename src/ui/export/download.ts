/** Saves a blob under a file name through a temporary link (no server involved). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Greek letters and signs of the charts' labels, spelled out so a file name keeps them. */
const SPELLED: Record<string, string> = {
  α: " alpha ",
  β: " beta ",
  ε: " eps ",
  θ: " theta ",
  μ: " mu ",
  σ: " sigma ",
  "\u0304": " bar ",
  "√": " sqrt ",
};

/** A file name from a label: lower case, words joined by hyphens, only safe characters. */
export function fileNameFor(label: string, extension: string): string {
  const stem = label
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\u0304|[αβεθμσ√]/g, (sign) => SPELLED[sign] ?? "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `diffusion-${stem || "export"}.${extension}`;
}
