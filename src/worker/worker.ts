/**
 * The module worker entry (Vite bundles it from client.ts): exposes the core API through comlink, and
 * moves every typed array of a result to the main thread (transfer) instead of copying it. Every buffer
 * in a result is freshly allocated per call, so detaching it here loses nothing.
 */
import { expose, transfer } from "comlink";
import { createCoreApi } from "./api";

/** Every ArrayBuffer behind the typed arrays found in a result (plain objects and arrays are searched). */
function buffersIn(value: unknown, found: Set<ArrayBuffer>): Set<ArrayBuffer> {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) buffersIn(item, found);
  }
  return found;
}

const api = createCoreApi();
// The same functions, each answering through `transfer`; the client types them as CoreApi.
const exposed = Object.fromEntries(
  Object.entries(api).map(([name, call]) => [
    name,
    async (...args: unknown[]) => {
      const result: unknown = await (call as (...args: unknown[]) => unknown)(...args);
      // comlink keys transfers by the result object, so a primitive (a void call's undefined) goes as is.
      return typeof result === "object" && result !== null
        ? transfer(result, [...buffersIn(result, new Set())])
        : result;
    },
  ]),
);

expose(exposed);
