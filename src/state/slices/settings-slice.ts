import type { Notice } from "../url-codec";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { isValidSettings } from "../settings-schema";
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
  /** Replaces the settings wholesale (from a link); they must already be valid. */
  replaceSettings(settings: Settings): void;
  /** Back to the defaults. */
  reset(): void;
  addNotices(notices: readonly Notice[]): void;
  dismissNotice(index: number): void;
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
    replaceSettings: (settings) => set({ settings }),
    reset: () => set({ settings: DEFAULT_SETTINGS, notices: [] }),
    addNotices: (notices) => {
      const shown = get().notices;
      const fresh = notices.filter((n) => !shown.some((s) => s.key === n.key && s.message === n.message));
      if (fresh.length > 0) set({ notices: [...shown, ...fresh] });
    },
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  });
