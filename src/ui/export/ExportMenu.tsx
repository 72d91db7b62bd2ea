import { Fragment, useEffect, useRef, useState } from "react";
import { download } from "./download";
import { ExportProgress } from "./ExportProgress";
import { pictureExports } from "./picture-items";
import type { DataExport } from "./types";

export type { DataExport } from "./types";

/** A long export under way, shown in the progress dialog. */
interface Running {
  readonly title: string;
  readonly done: number;
  readonly note: string;
  readonly controller: AbortController;
}

/** The outcome of the last export worth a word: a failure (an alert) or a cancel (a status). */
interface Message {
  readonly text: string;
  readonly failed: boolean;
}

/**
 * The Export button of a panel and its menu: the panel's pictures (found when the menu opens), then the
 * files the panel offers (`data`: tables, weights, animations, which run under a progress dialog).
 */
export function ExportMenu({ panelName, data = [] }: { panelName: string; data?: readonly DataExport[] }) {
  const [groups, setGroups] = useState<DataExport[][] | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const menuOpen = groups !== null;
  useEffect(() => {
    if (!menuOpen) return;
    // A press anywhere else closes the menu, as menus do.
    const onPointerDown = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setGroups(null);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [menuOpen]);
  const panel = (): HTMLElement | null => button.current?.closest("section") ?? null;
  const open = (): void => {
    const section = panel();
    if (!section) return;
    setMessage(null);
    setGroups([pictureExports(section), [...data]].filter((group) => group.length > 0));
  };
  const choose = async (item: DataExport): Promise<void> => {
    setGroups(null);
    const section = panel();
    if (!section) return;
    const controller = new AbortController();
    const title = item.dialogTitle;
    if (title) setRunning({ title, done: 0, note: "Starting…", controller });
    try {
      const file = await item.make({
        panel: section,
        signal: controller.signal,
        onProgress: (done, note) => setRunning((now) => now && { ...now, done, note }),
      });
      if (file) download(file.blob, file.fileName);
      else setMessage({ text: "Export cancelled: no file was saved", failed: false });
    } catch (error) {
      setMessage({
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
        failed: true,
      });
    } finally {
      setRunning(null);
      button.current?.focus();
    }
  };
  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-label={`Export from ${panelName}`}
        onClick={() => (groups ? setGroups(null) : open())}
      >
        Export
      </button>
      {groups && (
        <ul
          role="menu"
          aria-label={`Export from ${panelName}`}
          onKeyDown={(e) => e.key === "Escape" && setGroups(null)}
        >
          {groups.length === 0 && <li role="none">Nothing to export yet</li>}
          {groups.map((group, g) => (
            <Fragment key={g}>
              {g > 0 && <li role="separator" />}
              {group.map((item) => (
                <li role="none" key={item.label}>
                  <button type="button" role="menuitem" onClick={() => void choose(item)}>
                    {item.label}
                  </button>
                </li>
              ))}
            </Fragment>
          ))}
        </ul>
      )}
      {running && (
        <ExportProgress
          title={running.title}
          done={running.done}
          note={running.controller.signal.aborted ? "Cancelling…" : running.note}
          onCancel={() => {
            running.controller.abort();
            setRunning((now) => now && { ...now });
          }}
        />
      )}
      {message && (
        <p className="export-message" role={message.failed ? "alert" : "status"}>
          {message.text}
          <button type="button" aria-label="Dismiss" onClick={() => setMessage(null)}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
