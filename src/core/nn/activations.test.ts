import { describe, expect, it } from "vitest";
import { ACTIVATIONS, gelu, getActivation, relu, silu } from "./activations";

const H = 1e-5;
const centralDiff = (f: (z: number) => number, z: number) => (f(z + H) - f(z - H)) / (2 * H);
// ReLU is checked away from its kink at 0, where the central difference straddles both slopes.
const POINTS = [-6, -3, -1.7, -0.5, -0.1, 0.1, 0.3, 1, 2.2, 4, 8];

describe("activations", () => {
  for (const [name, act] of Object.entries(ACTIVATIONS)) {
    it(`${name}: df matches a central difference of f`, () => {
      for (const z of POINTS) expect(act.df(z)).toBeCloseTo(centralDiff(act.f, z), 7);
    });
  }

  it("takes known values", () => {
    expect(relu.f(-2)).toBe(0);
    expect(relu.f(1.5)).toBe(1.5);
    expect(relu.df(0)).toBe(0);
    expect(gelu.f(0)).toBe(0);
    expect(gelu.f(1)).toBeCloseTo(0.8411919906082768, 12); // tanh-approximate GELU, as torch approximate="tanh"
    expect(gelu.df(0)).toBe(0.5);
    expect(silu.f(1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 8); // the fast exponential is good to 1e-8
    expect(silu.df(0)).toBe(0.5);
  });

  it("stays finite far out in the tails", () => {
    for (const act of Object.values(ACTIVATIONS)) {
      for (const z of [-1000, 1000]) {
        expect(Number.isFinite(act.f(z))).toBe(true);
        expect(Number.isFinite(act.df(z))).toBe(true);
      }
    }
    expect(silu.f(-1000)).toBeCloseTo(0, 12);
    expect(gelu.df(1000)).toBe(1);
  });

  it("resolves names and rejects unknown ones with a clear error", () => {
    expect(getActivation("silu")).toBe(silu);
    expect(() => getActivation("tanh")).toThrow(
      /unknown activation "tanh"; expected one of relu, gelu, silu/,
    );
    expect(() => getActivation("toString")).toThrow(/unknown activation/);
    expect(() => getActivation(undefined)).toThrow(/unknown activation/);
  });
});
