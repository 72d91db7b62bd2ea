/** What a panel hands its Export menu besides its pictures: files made when chosen, not before. */

/** A finished export. */
export interface ExportFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** What an export is given while it runs: its panel, where to report progress, and the Cancel signal. */
export interface ExportJob {
  readonly panel: HTMLElement;
  /** The share done (0..1) and what is being done, in words. */
  readonly onProgress: (done: number, note: string) => void;
  readonly signal: AbortSignal;
}

/** A file a panel offers besides its pictures (a table, weights, an animation). */
export interface DataExport {
  readonly label: string;
  /** Long exports (animations) run under a dialog with this title, a progress bar and Cancel. */
  readonly dialogTitle?: string;
  /** Makes the file; null when the job was cancelled. */
  readonly make: (job: ExportJob) => ExportFile | null | Promise<ExportFile | null>;
}
