import { afterEach, describe, expect, it } from "vitest";
import type { AppStore } from "../store";
import { testStore, until } from "../testing-store";

describe("the forward slice's data menu and drawing pad", () => {
  let current: ReturnType<typeof testStore> | undefined;
  const open = (): AppStore => (current = testStore()).store;
  afterEach(() => current?.dispose());

  it("'Draw your own' with nothing drawn shows a blank pad and keeps the data set until the first stroke", async () => {
    const store = open();
    store.getState().setPlaying(true);
    store.getState().chooseData("drawn");
    expect(store.getState()).toMatchObject({ blankDrawing: true, playing: false });
    expect(store.getState().settings.dataset.kind).toBe("points");
    store.getState().addStroke([1.234, 0.5, 1.5, 0.5]);
    expect(store.getState().blankDrawing).toBe(false);
    expect(store.getState().settings.dataset).toEqual({ kind: "drawn", points: [1.23, 0.5, 1.5, 0.5] });
    const done = await until(store, (s) => s.forward !== null && !s.forwardLoading && s.forward.dim === 2);
    expect(done.forward?.mode === "fixed" && done.forward.x0.length).toBe(4);
  });

  it("strokes add up; Clear empties the pad and the next stroke starts a new drawing", () => {
    const store = open();
    store.getState().addStroke([0, 0]);
    store.getState().addStroke([1, 1]);
    expect(store.getState().settings.dataset).toEqual({ kind: "drawn", points: [0, 0, 1, 1] });
    store.getState().clearDrawing();
    expect(store.getState().blankDrawing).toBe(true);
    store.getState().addStroke([2, 2]);
    expect(store.getState().settings.dataset).toEqual({ kind: "drawn", points: [2, 2] });
  });

  it("picking another data set and then 'drawn' again restores the drawing", () => {
    const store = open();
    store.getState().addStroke([0.5, 0.5, 1, 1]);
    store.getState().chooseData("dino");
    expect(store.getState().settings.dataset).toMatchObject({ kind: "points", name: "dino" });
    store.getState().chooseData("drawn");
    expect(store.getState().settings.dataset).toEqual({ kind: "drawn", points: [0.5, 0.5, 1, 1] });
  });

  it("a data set arriving from elsewhere (a link, Reset) ends a blank pad", () => {
    const store = open();
    store.getState().chooseData("drawn");
    store.getState().reset();
    expect(store.getState().blankDrawing).toBe(false);
  });
});
