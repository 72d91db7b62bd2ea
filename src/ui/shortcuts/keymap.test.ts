import { afterEach, describe, expect, it } from "vitest";
import { SMALL_SETTINGS, testStore } from "../../state/testing-store";
import { JUMP_SHARE, SHORTCUTS, type KeyPress } from "./keymap";

describe("the keyboard shortcuts", () => {
  let current: ReturnType<typeof testStore> | undefined;
  afterEach(() => current?.dispose());

  /** Presses a key on a fresh store at SMALL_SETTINGS (T = 40, t = 20); returns the store. */
  const press = (...keys: KeyPress[]) => {
    current = testStore();
    const { store } = current;
    for (const key of keys) {
      const shortcut = SHORTCUTS.find((s) => s.matches(key));
      if (shortcut?.action.kind !== "store") throw new Error(`no store shortcut for ${key.key}`);
      shortcut.action.run(store, key);
    }
    return store.getState();
  };
  const key = (k: string, shiftKey = false): KeyPress => ({ key: k, shiftKey });

  it("steps t by one with the arrows, and jumps a tenth of T with shift", () => {
    expect(SMALL_SETTINGS.t).toBe(20);
    expect(press(key("ArrowRight")).settings.t).toBe(21);
    expect(press(key("ArrowLeft"), key("ArrowLeft")).settings.t).toBe(18);
    expect(press(key("ArrowRight", true)).settings.t).toBe(20 + JUMP_SHARE * 40);
  });

  it("keeps t within 1..T however often a key is pressed", () => {
    expect(press(...Array.from({ length: 8 }, () => key("ArrowRight", true))).settings.t).toBe(40);
    expect(press(...Array.from({ length: 30 }, () => key("ArrowLeft"))).settings.t).toBe(1);
  });

  it("toggles playback with space, pauses it when t is moved by hand, and rewinds with r", () => {
    expect(press(key(" ")).playing).toBe(true);
    expect(press(key(" "), key(" ")).playing).toBe(false);
    expect(press(key(" "), key("ArrowRight")).playing).toBe(false);
    expect(press(key("r")).settings.t).toBe(1);
    expect(press(key("r")).reverseView).toEqual({ frame: 0, playing: false });
  });

  it("switches presentation mode with p and slow motion with s", () => {
    expect(press(key("p")).settings.view.present).toBe(true);
    expect(press(key("p"), key("p")).settings.view.present).toBe(false);
    expect(press(key("s")).settings.view.slow).toBe(true);
  });

  it("moves through the lesson on show with PageDown and PageUp, and does nothing without one", () => {
    expect(press(key("PageDown")).settings.lesson).toBeNull();
    current?.dispose();
    current = testStore({ ...SMALL_SETTINGS, lesson: { id: "closed-form", step: 2 } });
    const run = (k: string) => SHORTCUTS.find((s) => s.matches(key(k)))?.action;
    for (const k of ["PageDown", "PageDown", "PageUp"]) {
      const action = run(k);
      if (action?.kind === "store") action.run(current.store, key(k));
    }
    expect(current.store.getState().settings.lesson).toEqual({ id: "closed-form", step: 3 });
  });

  it("gives every key one meaning", () => {
    const probes = [" ", "ArrowLeft", "ArrowRight", "r", "f", "?", "p", "s", "PageUp", "PageDown"].flatMap(
      (k) => [key(k), key(k, true)],
    );
    for (const probe of probes) {
      expect(SHORTCUTS.filter((s) => s.matches(probe)).length).toBeLessThanOrEqual(1);
    }
  });
});
