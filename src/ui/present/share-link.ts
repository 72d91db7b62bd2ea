/** "Share this setup": the page's link with presentation mode on, so it opens as the lecturer set it up. */
import type { Settings } from "../../state/settings";
import { encodeSettings } from "../../state/url-codec";

export function presentationLink(pageUrl: string, settings: Settings): string {
  const page = pageUrl.split("#")[0] ?? "";
  return `${page}#${encodeSettings({ ...settings, view: { ...settings.view, present: true } })}`;
}
