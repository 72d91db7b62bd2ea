import { describe, it, expect } from "vitest";
import cases from "../../tests/reference/public-torch-rng.json";
import { TorchGenerator } from "./torch-generator";

/** float32 results of PyTorch must match to this (relative or absolute, whichever is larger). */
const RANDN_TOLERANCE = 1e-6;

interface RngCase {
  seed: number;
  op: string;
  n: number;
  low?: number;
  high?: number;
  expected: number[];
}

describe("TorchGenerator reproduces torch.Generator().manual_seed(seed)", () => {
  for (const c of cases as RngCase[]) {
    const label = `seed ${c.seed}: ${c.op}(${c.op === "randint" ? `${c.low}, ${c.high}, ` : ""}${c.n})`;
    it(label, () => {
      const g = new TorchGenerator(c.seed);
      if (c.op === "randint") {
        expect(g.randint(c.low ?? 0, c.high ?? 0, c.n)).toEqual(c.expected);
        return;
      }
      const actual = g.randn(c.n);
      expect(actual).toHaveLength(c.expected.length);
      c.expected.forEach((e, i) => {
        const allowed = RANDN_TOLERANCE * Math.max(1, Math.abs(e));
        expect(
          Math.abs((actual[i] ?? NaN) - e),
          `[${i}]: got ${actual[i]}, expected ${e}`,
        ).toBeLessThanOrEqual(allowed);
      });
    });
  }
});

describe("TorchGenerator keeps its state across calls", () => {
  it("continues the randint stream (one 32-bit draw per element)", () => {
    const g = new TorchGenerator(42);
    const split = [...g.randint(0, 10, 2), ...g.randint(0, 10, 2)];
    expect(split).toEqual(new TorchGenerator(42).randint(0, 10, 4));
  });

  it("hands the cached second Box–Muller value to the next scalar randn", () => {
    const g = new TorchGenerator(0);
    const split = [...g.randn(1), ...g.randn(1)];
    expect(split).toEqual(new TorchGenerator(0).randn(2));
  });
});
