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

/** A file name from a label: lower case, words joined by hyphens, only safe characters. */
export function fileNameFor(label: string, extension: string): string {
  const stem = label
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `diffusion-${stem || "export"}.${extension}`;
}
