import { sameData } from "../../worker/last-call";
import type { Notice } from "../url-codec";
import { DEFAULT_SETTINGS, scheduleLength, type Settings } from "../settings";
import { inRange, isValidSettings, timestepRange } from "../settings-schema";
import type { SliceCreator } from "../store";

/** The settings, the notices about them, and the ways to change them. */
export interface SettingsSlice {
  readonly settings: Settings;
  /** Corrections made to a link or a field, shown until dismissed (plain text). */
  readonly notices: readonly Notice[];
  /**
   * Applies a change to the settings. A change that would make them invalid (a field out of its range) is
   * refused with a notice naming the field, and the settings stay as they were.
   */
  update(change: (settings: Settings) => Settings, field?: string): void;
  /**
   * Moves the viewed timestep (playback calls this every frame, so it checks only t's own range, 1..T,
   * instead of the whole settings); an out-of-range t is refused like any other change.
   */
  setT(t: number): void;
  /**
   * Replaces the settings (from a link); they must already be valid. Parts equal to the current ones keep
   * their identity, so a link that only moves t leaves the trained model and the forward run alone.
   */
  replaceSettings(settings: Settings): void;
  /**
   * Back to the defaults, but for how the page is shown (presentation mode, slow motion): a lecturer's
   * Reset starts the demo over without undoing the room's setup. It leaves any lesson.
   */
  reset(): void;
  addNotices(notices: readonly Notice[]): void;
  dismissNotice(index: number): void;
}

/** `next`, with each top-level part that equals the current one replaced by the current object. */
function keepUnchangedParts(current: Settings, next: Settings): Settings {
  const shared = Object.fromEntries(
    Object.entries(next).map(([key, part]) => {
      const old = (current as unknown as Record<string, unknown>)[key];
      return [key, sameData(old, part) ? old : part];
    }),
  );
  return shared as unknown as Settings;
}

/** The settings slice, starting from `initial` (a decoded link) or the defaults. */
export const createSettingsSlice =
  (initial: Settings = DEFAULT_SETTINGS): SliceCreator<SettingsSlice> =>
  (set, get) => ({
    settings: initial,
    notices: [],
    update: (change, field = "that value") => {
      const next = change(get().settings);
      if (isValidSettings(next)) set({ settings: next });
      else get().addNotices([{ key: field, message: `${field} is out of range; kept the previous value` }]);
    },
    setT: (t) => {
      const { settings } = get();
      if (inRange(t, timestepRange(scheduleLength(settings.schedule)))) set({ settings: { ...settings, t } });
      else get().addNotices([{ key: "t", message: "t is out of range; kept the previous value" }]);
    },
    replaceSettings: (settings) => set({ settings: keepUnchangedParts(get().settings, settings) }),
    reset: () => set({ settings: { ...DEFAULT_SETTINGS, view: get().settings.view }, notices: [] }),
    addNotices: (notices) => {
      const shown = get().notices;
      const fresh = notices.filter((n) => !shown.some((s) => s.key === n.key && s.message === n.message));
      if (fresh.length > 0) set({ notices: [...shown, ...fresh] });
    },
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  });
