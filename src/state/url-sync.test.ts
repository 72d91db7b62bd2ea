import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "./settings";
import type { AppStore } from "./store";
import { testStore } from "./testing-store";
import { encodeSettings } from "./url-codec";
import { startUrlSync, URL_WRITE_DELAY_MS, URL_WRITE_MAX_WAIT_MS, type UrlHost } from "./url-sync";

/** A page URL stand-in that records every replaceState and can fire hashchange like a browser. */
class FakeHost implements UrlHost {
  readonly writes: string[] = [];
  private listeners = new Set<() => void>();
  location = { hash: "", href: "" };
  readonly history = {
    replaceState: (_data: unknown, _unused: string, url: string) => {
      this.writes.push(url);
      this.location = { hash: url, href: url };
    },
  };
  constructor(hash: string) {
    this.location = { hash, href: hash };
  }
  addEventListener(_type: "hashchange", listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: "hashchange", listener: () => void): void {
    this.listeners.delete(listener);
  }
  /** The user pastes a link: the hash changes and hashchange fires. */
  navigate(hash: string): void {
    this.changeHashQuietly(hash);
    this.fireHashChange();
  }
  /** A browser changes the hash at once but delivers hashchange later, as a task of its own. */
  changeHashQuietly(hash: string): void {
    this.location = { hash, href: hash };
  }
  fireHashChange(): void {
    this.listeners.forEach((listener) => listener());
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, URL_WRITE_DELAY_MS + 50));

describe("startUrlSync", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  const sync = (hash: string): { store: AppStore; host: FakeHost } => {
    const { store, dispose } = testStore(DEFAULT_SETTINGS);
    const host = new FakeHost(hash);
    cleanups.push(dispose, startUrlSync(store, host));
    return { store, host };
  };

  it("applies the link on load, names what it had to correct, and rewrites the URL in its clean form", () => {
    const { store, host } = sync("#v=1&seed=7&T=abc&zzz=1");
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, seed: 7 });
    expect(store.getState().notices.map((n) => n.key)).toEqual(["T"]);
    expect(host.writes).toEqual(["#v=1&seed=7"]);
  });

  it("leaves a clean link as it is", () => {
    const { host } = sync("#v=1&sched=cosine&seed=3");
    expect(host.writes).toEqual([]);
  });

  it("writes the URL once after a burst of changes, when they settle", async () => {
    const { store, host } = sync("");
    host.writes.length = 0;
    for (let t = 100; t < 110; t++) store.getState().update((s) => ({ ...s, t }));
    expect(host.writes).toEqual([]);
    await settle();
    expect(host.writes).toEqual([`#${encodeSettings({ ...DEFAULT_SETTINGS, t: 109 })}`]);
  });

  it("keeps the URL within a second of settings that never hold still (playback)", async () => {
    const { store, host } = sync("");
    const started = Date.now();
    let t = 1;
    while (Date.now() - started < URL_WRITE_MAX_WAIT_MS + URL_WRITE_DELAY_MS) {
      store.getState().update((s) => ({ ...s, t: (t = (t % 200) + 1) }));
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    expect(host.writes.length).toBeGreaterThanOrEqual(1);
    expect(host.writes[0]).toMatch(/^#v=1&t=\d+$/);
  });

  it("follows a pasted link, and the link wins over a change still waiting to be written", async () => {
    const { store, host } = sync("");
    store.getState().update((s) => ({ ...s, seed: 5 }));
    host.navigate("#v=1&sched=cosine&t=12");
    expect(store.getState().settings).toMatchObject({ seed: 0, t: 12, schedule: { family: "cosine" } });
    await settle();
    expect(host.location.hash).toBe("#v=1&sched=cosine&t=12");
  });

  it("a pasted link whose hashchange arrives after a pending write is not overwritten by that write", async () => {
    const { store, host } = sync("#v=1&seed=3");
    store.getState().update((s) => ({ ...s, t: 40 }));
    host.changeHashQuietly("#v=1&seed=21");
    await settle();
    host.fireHashChange();
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, seed: 21 });
    expect(host.location.hash).toBe("#v=1&seed=21");
    expect(host.writes).toEqual([]);
  });

  it("returns to the defaults on Reset, and the URL follows", async () => {
    const { store, host } = sync("#v=1&seed=7&t=3");
    store.getState().reset();
    await settle();
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(host.location.hash).toBe("#v=1");
  });

  it("keeps presentation mode and slow motion on Reset, and leaves the lesson", async () => {
    const { store, host } = sync("#v=1&seed=7&present=1&panels=forward&slow=1&lesson=train&step=2");
    store.getState().reset();
    await settle();
    expect(host.location.hash).toBe("#v=1&present=1&panels=forward&slow=1");
  });
});
