/**
 * Keeps the page's URL and the store's settings in step: the hash is read on load and on `hashchange`
 * (a pasted link, back/forward), and written with `history.replaceState` after the settings settle, so
 * dragging a slider neither floods the history nor rewrites the URL sixty times a second.
 */
import type { AppStore } from "./store";
import { decodeSettings, encodeLink, type Notice } from "./url-codec";

/** Settings must hold still this long before the URL is rewritten. */
export const URL_WRITE_DELAY_MS = 250;
/** …but while they keep changing (playback moves t every frame) the URL still follows this often. */
export const URL_WRITE_MAX_WAIT_MS = 1000;

/** The parts of `window` the sync uses, so tests can hand it a stand-in. */
export interface UrlHost {
  readonly location: { readonly hash: string; readonly href: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: "hashchange", listener: () => void): void;
  removeEventListener(type: "hashchange", listener: () => void): void;
}

/**
 * Rewrites a link before it is decoded: a lesson link that names only its step stands for that step's
 * settings (src/ui/lessons). Returns the link to decode and what it corrected.
 */
export type LinkExpander = (hash: string) => { readonly hash: string; readonly notices: readonly Notice[] };

const asWritten: LinkExpander = (hash) => ({ hash, notices: [] });

/** The hash of the host's URL without '#'. */
const currentHash = (host: UrlHost): string => host.location.hash.replace(/^#/, "");

/**
 * Applies the URL's settings to the store (with notices for what could not be read) and starts syncing.
 * Returns a function that stops it.
 */
export function startUrlSync(store: AppStore, host: UrlHost, expand: LinkExpander = asWritten): () => void {
  /** The hash the store's settings encode to; the URL is rewritten only when it differs. */
  let written = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet in the URL was made. */
  let pendingSince: number | null = null;
  const read = (): void => {
    // A link pasted while a write is pending wins over the settings it would have written.
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pendingSince = null;
    const hash = currentHash(host);
    if (hash === written) return;
    const link = expand(hash);
    const { settings, notices } = decodeSettings(link.hash);
    const state = store.getState();
    state.addNotices([...link.notices, ...notices]);
    written = encodeLink(settings).hash;
    if (written !== encodeLink(state.settings).hash) state.replaceSettings(settings);
    if (hash !== written) host.history.replaceState(null, "", `#${written}`);
  };
  const write = (): void => {
    // The URL moved under us (a pasted link whose hashchange has not been delivered yet): writing now
    // would overwrite it before it is read, so it is read instead, and it wins as above.
    if (currentHash(host) !== written) {
      read();
      return;
    }
    timer = undefined;
    pendingSince = null;
    const { hash, problems } = encodeLink(store.getState().settings);
    store.getState().addNotices(problems);
    if (hash === written) return;
    written = hash;
    host.history.replaceState(null, "", `#${hash}`);
  };
  read();
  const stopWatching = store.subscribe(
    (s) => s.settings,
    () => {
      const now = Date.now();
      pendingSince ??= now;
      if (timer !== undefined) clearTimeout(timer);
      const waited = now - pendingSince;
      timer = setTimeout(write, Math.max(0, Math.min(URL_WRITE_DELAY_MS, URL_WRITE_MAX_WAIT_MS - waited)));
    },
  );
  host.addEventListener("hashchange", read);
  return () => {
    stopWatching();
    host.removeEventListener("hashchange", read);
    if (timer !== undefined) clearTimeout(timer);
  };
}
