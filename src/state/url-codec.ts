/**
 * Settings ⇄ the URL hash, e.g. `v=1&sched=cosine&T=500&t=250`. Links are short (only keys that differ
 * from their defaults, after `v`, in URL_KEYS order) and forgiving: decoding never throws, ignores keys it
 * does not know, clamps numbers to their bounds, falls back to defaults for unreadable values, and reports
 * each correction as a plain-text notice. Pure functions of strings: no window, no location.
 */
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { isValidSettings } from "./settings-schema";
import {
  fromUrlValues,
  toUrlValues,
  URL_KEY_ORDER,
  URL_KEYS,
  type EarlierValues,
  type UrlKey,
  type UrlValues,
} from "./url-schema";

/** The link format this code writes. Bump it, with a migration, when a key changes its meaning. */
export const CURRENT_VERSION = 1;
/** Links made before versioning carry no `v`; they are version 1. */
const UNVERSIONED = 1;
const VERSION_KEY = "v";

/** A setting the link asked for that could not be restored as written; `key` "" means the whole link. */
export interface Notice {
  readonly key: string;
  readonly message: string;
}

/** A link's hash (without '#'), and the settings it could not carry (only an oversized drawing, so far). */
export interface EncodedLink {
  readonly hash: string;
  readonly problems: readonly Notice[];
}

/** The settings a link restores, and what it could not restore as written. */
export interface DecodedLink {
  readonly settings: Settings;
  readonly notices: readonly Notice[];
}

/** Rewrites a link's raw (still percent-encoded) parameters from one version to the next. */
export type Migration = (params: ReadonlyMap<string, string>) => ReadonlyMap<string, string>;

/** Migrations by the version they upgrade from: MIGRATIONS[1] turns a version-1 link into version 2. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Brings a link's parameters from `fromVersion` up to `toVersion`, one migration at a time. */
export function migrate(
  params: ReadonlyMap<string, string>,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = CURRENT_VERSION,
): ReadonlyMap<string, string> {
  let current = params;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations[version];
    if (step) current = step(current);
  }
  return current;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/** `key=value`, or null when the value is the default there or cannot go into a link (then in `problems`). */
function writeKey<K extends UrlKey>(key: K, values: EarlierValues, problems: Notice[]): string | null {
  const spec = URL_KEYS[key];
  const value = values[key];
  if (value === undefined || sameValue(value, spec.fallback(values))) return null;
  const problem = spec.linkProblem?.(value);
  if (problem) {
    problems.push({ key, message: problem });
    return null;
  }
  // Commas separate custom betas and need no escaping in a hash; keeping them keeps links readable.
  return `${key}=${encodeURIComponent(spec.write(value)).replace(/%2C/g, ",")}`;
}

/**
 * The link of some settings. A setting a link cannot carry (a drawing over MAX_DRAWN_POINTS points or
 * MAX_DRAW_CHARS characters) is left out, never cut short, and reported in `problems` for the UI to show
 * the sender; the link keeps `data=drawn`, so its recipient is told the drawing is missing.
 */
export function encodeLink(settings: Settings): EncodedLink {
  const values = toUrlValues(settings);
  const problems: Notice[] = [];
  const parts = [`${VERSION_KEY}=${CURRENT_VERSION}`];
  for (const key of URL_KEY_ORDER) {
    const part = writeKey(key, values, problems);
    if (part !== null) parts.push(part);
  }
  return { hash: parts.join("&"), problems };
}

/** The hash (without '#') of some settings; see encodeLink for what a link cannot carry. */
export function encodeSettings(settings: Settings): string {
  return encodeLink(settings).hash;
}

function percentDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null; // a broken escape such as %E0%A4%A
  }
}

/** The raw parameters; the first of repeated keys wins, as with URLSearchParams.get. */
export function readParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of text.split("&")) {
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    if (key !== "" && !params.has(key)) params.set(key, eq < 0 ? "" : part.slice(eq + 1));
  }
  return params;
}

/** The link's version; an unreadable one is taken as the current version, with a notice. */
function readVersion(raw: string | undefined, notices: Notice[]): number {
  if (raw === undefined) return UNVERSIONED;
  const text = percentDecode(raw) ?? "";
  const version = /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
  if (version === null) {
    const message = `the link version must be a whole number, 1 or more; reading it as version ${CURRENT_VERSION}`;
    notices.push({ key: VERSION_KEY, message });
    return CURRENT_VERSION;
  }
  if (version > CURRENT_VERSION) {
    notices.push({
      key: VERSION_KEY,
      message: `this link comes from a newer version of the playground (link version ${version}); settings this version does not know were left at their defaults`,
    });
  }
  return version;
}

/** Reads one key into `values`, falling back to its default when the link leaves it out. */
function readKey<K extends UrlKey>(
  key: K,
  raw: string | undefined,
  values: EarlierValues,
  notices: Notice[],
): void {
  const spec = URL_KEYS[key];
  const text = raw === undefined ? undefined : percentDecode(raw);
  if (text === undefined) {
    values[key] = spec.fallback(values);
  } else if (text === null) {
    values[key] = spec.fallback(values);
    notices.push({ key, message: `${spec.label} could not be read (a broken %-escape); using the default` });
  } else {
    const parsed = spec.parse(text, values);
    values[key] = parsed.value;
    if (parsed.problem) notices.push({ key, message: `${spec.label} ${parsed.problem}` });
  }
}

function decodeUnchecked(hash: string): DecodedLink {
  const notices: Notice[] = [];
  const raw = readParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const params = migrate(raw, readVersion(raw.get(VERSION_KEY), notices));
  const values: EarlierValues = {};
  for (const key of URL_KEY_ORDER) readKey(key, params.get(key), values, notices);
  const complete = values as UrlValues;
  if (complete.data === "drawn" && complete.draw.length === 0) {
    const fallback = URL_KEYS.data.fallback(values);
    notices.push({
      key: "data",
      message: `the data set is a drawing, but this link carries no drawn points; using ${fallback}`,
    });
    complete.data = fallback;
  }
  return { settings: fromUrlValues(complete), notices };
}

/**
 * The settings a hash describes (with or without its '#'), and a notice for everything that could not be
 * restored as written. Never throws, and the settings always pass isValidSettings.
 */
export function decodeSettings(hash: string): DecodedLink {
  try {
    const decoded = decodeUnchecked(hash);
    if (isValidSettings(decoded.settings)) return decoded;
  } catch {
    // Fall through: whatever went wrong, the page must still open.
  }
  const message = "this link could not be read; showing the default settings";
  return { settings: DEFAULT_SETTINGS, notices: [{ key: "", message }] };
}
