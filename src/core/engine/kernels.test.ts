import engineWasm from "virtual:engine-wasm";
import { describe, expect, it } from "vitest";
import { Adam, clipGradNorm, sgdStep } from "../nn/optim";
import { makeRng } from "../rng";
import { expectCloseTo } from "./testing";
import { WasmHeap } from "./wasm-heap";
import { webAssembly } from "./webassembly";

/** A fresh instance of the engine's module, for calling its optimizer kernels on arrays of our making. */
const newHeap = () => new WasmHeap(new webAssembly!.Module(engineWasm));

/** Parameters, gradients and moments of a few sizes, the gradients spanning six orders of magnitude. */
function randomState(length: number, seed: number) {
  const rng = makeRng(seed, "kernel-test");
  const values = (spread: number) => Float32Array.from({ length }, () => spread * (2 * rng.uniform() - 1));
  const grads = values(1).map((g) => g * 10 ** -rng.int(6));
  return { params: values(1), grads, m: values(0.01), v: values(1e-4).map(Math.abs) };
}

/** Copies arrays into the heap and returns their addresses and live views. */
function place(heap: WasmHeap, arrays: Float32Array[]) {
  const addresses = arrays.map((a) => heap.allocate(a.length));
  const views = arrays.map((a, i) => {
    const view = heap.f32(addresses[i]!, a.length);
    view.set(a);
    return view;
  });
  return { addresses, views };
}

describe("the SIMD engine's optimizer kernels against optim.ts, given the same gradients", () => {
  it("take the same Adam step, to 1e-4 of the step's size, with and without clipping", () => {
    for (const [length, maxNorm] of [
      [8, 0.1],
      [96, 1000],
      [1024, 0.5],
    ] as const) {
      const state = randomState(length, length);
      const adam = new Adam(length, { lr: 0.01 });
      adam.m.set(state.m);
      adam.v.set(state.v);
      adam.steps = 4;
      const expected = Float32Array.from(state.params);
      const clipped = Float32Array.from(state.grads);
      const norm = clipGradNorm(clipped, maxNorm);
      adam.step(expected, clipped);

      const heap = newHeap();
      const { addresses, views } = place(heap, [state.params, state.grads, state.m, state.v]);
      const [params, grads, m, v] = addresses as [number, number, number, number];
      expect(heap.kernels.sumOfSquares(grads, length)).toBeCloseTo(norm * norm, 10);
      const gradScale = Math.min(1, maxNorm / (norm + 1e-6));
      // The per-step scalars of Adam.step at its fifth step.
      const stepSize = 0.01 / (1 - 0.9 ** 5);
      heap.kernels.adamUpdate(
        params,
        grads,
        m,
        v,
        length,
        gradScale,
        0.9,
        0.999,
        stepSize,
        Math.sqrt(1 - 0.999 ** 5),
        1e-8,
      );
      const step = (after: Float32Array) => after.map((p, i) => p - state.params[i]!);
      expectCloseTo(step(views[0]!), step(expected), 1e-4);
      expectCloseTo(views[2]!, adam.m, 1e-4);
      expectCloseTo(views[3]!, adam.v, 1e-4);
    }
  });

  it("take the same SGD step and the same EMA update", () => {
    const { params: start, grads } = randomState(64, 9);
    const expected = Float32Array.from(start);
    sgdStep(expected, grads, 0.1);
    const heap = newHeap();
    const { addresses, views } = place(heap, [start, grads, start]);
    heap.kernels.sgdUpdate(addresses[0]!, addresses[1]!, 64, 0.1, 1);
    expectCloseTo(
      views[0]!.map((p, i) => p - start[i]!),
      expected.map((p, i) => p - start[i]!),
      1e-4,
    );
    heap.kernels.emaUpdate(addresses[2]!, addresses[0]!, 64, 0.9);
    expectCloseTo(
      views[2]!,
      start.map((s, i) => 0.9 * s + 0.1 * expected[i]!),
      1e-6,
    );
  });
});
