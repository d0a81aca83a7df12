// Types of scripts/build-wasm.mjs, for tests/stats/wasm/wasm-build.test.ts.

/** The folder of the .wat sources and their generated modules (src/stats/wasm). */
export declare const WASM_DIR: string;

/** The bytes of a module in the WebAssembly text format; throws with wabt's message on an error. */
export declare function compileWat(name: string, text: string): Promise<Uint8Array>;

/** The generated TypeScript module for `<name>.wat`. */
export declare function wasmModuleSource(name: string, bytes: Uint8Array): string;
