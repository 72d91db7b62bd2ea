import { afterEach, describe, expect, it } from "vitest";
import { testStore } from "../../state/testing-store";
import { keepDrawn, MAX_EXPORT_DENSITY, pixelDensity, withCanvasAt } from "./canvas-density";

/** Canvases are only keys here: the views' draw functions are stand-ins that record the density. */
const fakeCanvas = () => ({}) as HTMLCanvasElement;

describe("canvas views at an export's density", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  const view = (canvas: HTMLCanvasElement) => {
    const { store, dispose } = testStore();
    const densities: number[] = [];
    const stop = keepDrawn(
      store,
      canvas,
      (s) => [s.settings.t] as const,
      () => densities.push(pixelDensity()),
    );
    cleanups.push(stop, dispose);
    return { store, densities, stop };
  };

  it("draw a view now, when what it shows changes, and not when anything else does", () => {
    const { store, densities } = view(fakeCanvas());
    expect(densities).toEqual([1]);
    store.getState().setT(3);
    store.getState().update((s) => ({ ...s, seed: 9 }));
    expect(densities).toEqual([1, 1]);
  });

  it("draw it at the export's density for the export, then at the screen's again", () => {
    const canvas = fakeCanvas();
    const { densities } = view(canvas);
    const during = withCanvasAt(canvas, 5.2, () => [...densities]);
    expect(during).toEqual([1, 5.2]);
    expect(densities).toEqual([1, 5.2, 1]);
    expect(pixelDensity()).toBe(1);
  });

  it("cap the density, and restore the screen's even when the export fails", () => {
    const canvas = fakeCanvas();
    const { densities } = view(canvas);
    expect(() =>
      withCanvasAt(canvas, 1000, () => {
        throw new Error("encoder gave up");
      }),
    ).toThrow("encoder gave up");
    expect(densities).toEqual([1, MAX_EXPORT_DENSITY, 1]);
    expect(pixelDensity()).toBe(1);
  });

  it("use a canvas that is not a view (or no longer one) as it is", () => {
    const canvas = fakeCanvas();
    const { densities, stop } = view(canvas);
    stop();
    expect(withCanvasAt(canvas, 4, () => pixelDensity())).toBe(1);
    expect(withCanvasAt(fakeCanvas(), 4, () => pixelDensity())).toBe(1);
    expect(densities).toEqual([1]);
  });
});
