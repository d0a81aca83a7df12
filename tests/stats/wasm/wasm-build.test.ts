/**
 * The committed WebAssembly modules (src/stats/wasm/<name>-wasm.ts) are their .wat sources as
 * scripts/build-wasm.mjs compiles them, byte for byte: a .wat edited without `npm run
 * build:wasm` fails here. And each module instantiates with no imports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WASM_DIR, compileWat, wasmModuleSource } from "../../../scripts/build-wasm.mjs";
import {
  compileWasmEarly,
  disableWasmKernels,
  reserve,
  wasmInstance,
} from "../../../src/stats/wasm/wasm-instance.js";

const sources = readdirSync(WASM_DIR).filter((f) => f.endsWith(".wat"));

describe("WebAssembly kernels", () => {
  it.each(sources)("%s is compiled into its committed module", async (file) => {
    const name = file.replace(/\.wat$/, "");
    const bytes = await compileWat(file, readFileSync(join(WASM_DIR, file), "utf8"));
    expect(readFileSync(join(WASM_DIR, `${name}-wasm.ts`), "utf8")).toBe(wasmModuleSource(name, bytes));
    const base64 = Buffer.from(bytes).toString("base64");
    expect(wasmInstance(base64)).toBeInstanceOf(WebAssembly.Instance);
  });

  it("gives null for a module WebAssembly refuses, and when turned off", () => {
    expect(wasmInstance(Buffer.from("not wasm").toString("base64"))).toBeNull();
    const empty = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]).toString("base64");
    expect(wasmInstance(empty)).toBeInstanceOf(WebAssembly.Instance);
    const before = disableWasmKernels(true);
    try {
      expect(wasmInstance(empty)).toBeNull();
    } finally {
      disableWasmKernels(before);
    }
    expect(wasmInstance(empty)).toBeInstanceOf(WebAssembly.Instance);
  });

  it("uses a module compiled ahead, and still gives null for one that fails", async () => {
    // A module with one exported function returning 42: (module (func (export "f") (result i32) i32.const 42))
    const answer = Buffer.from([
      0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7f, 3, 2, 1, 0, 7, 5, 1, 1, 0x66, 0, 0, 10, 6,
      1, 4, 0, 0x41, 42, 0x0b,
    ]).toString("base64");
    compileWasmEarly(answer);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const instance = wasmInstance(answer);
    expect(instance).toBeInstanceOf(WebAssembly.Instance);
    expect(((instance as WebAssembly.Instance).exports.f as () => number)()).toBe(42);
    const broken = Buffer.from("also not wasm").toString("base64");
    compileWasmEarly(broken);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(wasmInstance(broken)).toBeNull();
  });

  it("reserves 8-byte-aligned blocks, growing the memory", () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    expect(reserve(memory, [3, 8, 100_000])).toEqual([0, 8, 16]);
    expect(memory.buffer.byteLength).toBeGreaterThanOrEqual(100_016);
  });
});
