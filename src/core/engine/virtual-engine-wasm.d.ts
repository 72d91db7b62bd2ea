/** The engine's WebAssembly bytes, compiled from ./assembly by tools/engine-wasm.ts (a Vite plugin). */
declare module "virtual:engine-wasm" {
  const bytes: Uint8Array;
  export default bytes;
}
