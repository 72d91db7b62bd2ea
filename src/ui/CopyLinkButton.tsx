import { useState } from "react";
import { encodeSettings } from "../state/url-codec";
import { useAppStore } from "./store-context";

/** How long "Copied" shows after the link was copied. */
const COPIED_MS = 1500;

/**
 * Copies `link`, or by default the link of the view on show, which opens this exact view (same seed, same
 * picture).
 */
export function CopyLinkButton({ link }: { link?: string }) {
  const store = useAppStore();
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const copyLink = async (): Promise<void> => {
    try {
      // From the store, not the address bar: during playback the URL trails the view by up to a second.
      const page = window.location.href.split("#")[0] ?? "";
      await navigator.clipboard.writeText(link ?? `${page}#${encodeSettings(store.getState().settings)}`);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
    setTimeout(() => setCopied("idle"), COPIED_MS);
  };
  return (
    <button type="button" onClick={() => void copyLink()}>
      {copied === "copied" ? "Copied" : copied === "failed" ? "Copy failed" : "Copy link"}
    </button>
  );
}
