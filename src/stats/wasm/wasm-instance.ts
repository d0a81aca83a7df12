// The toolkit's WebAssembly kernels: the innermost loops of estimators that run once per process
// (a logistic regression's cross-products, a bootstrap's resampling), where JavaScript spends most
// of its time before V8 has optimised the loop. A WebAssembly module is compiled before its first
// call (V8's baseline compiler, Liftoff), so it runs at machine speed from the start. Each kernel
// does exactly the floating-point operations of its JavaScript twin, in the same order
// (WebAssembly neither fuses nor reorders them), so that both give the same bits; the tests
// compare them on random inputs. Where WebAssembly is missing or refuses the module (a browser
// page's main thread limits synchronous compiles to 4 KB), the JavaScript twin runs instead.
// A module that imports its kernels' glue starts compiling them off the calling thread
// (compileWasmEarly): by the kernels' first call, after the input has been read, the compiled
// module is usually there and the instance is made at once instead of compiled then (2–6 ms of
// `fgc trial`'s main thread, more on a busy machine).
// Sources: src/stats/wasm/*.wat, compiled by scripts/build-wasm.mjs into <name>-wasm.ts.
// Browser-safe: no Node import.

const instances = new Map<string, WebAssembly.Instance | null>();

/** Modules compiled ahead by compileWasmEarly, once their compile has finished. */
const compiled = new Map<string, WebAssembly.Module>();

/** Kernels off: every caller uses its JavaScript twin (tests compare the two). */
let disabled = false;

/**
 * The instance of the module in `base64` (a <name>-wasm.ts constant), made once per module;
 * null when WebAssembly cannot run it here (the caller then runs its JavaScript twin).
 * @example const kernels = wasmInstance(designKernelsWasm); if (kernels) …
 */
export function wasmInstance(base64: string): WebAssembly.Instance | null {
  if (disabled) return null;
  let instance = instances.get(base64);
  if (instance === undefined) {
    try {
      const module = compiled.get(base64) ?? new WebAssembly.Module(decodeBase64(base64));
      instance = new WebAssembly.Instance(module, {});
    } catch {
      instance = null;
    }
    instances.set(base64, instance);
  }
  return instance;
}

/**
 * Starts compiling the module in `base64` in the background (WebAssembly.compile), for
 * wasmInstance to use if it has finished by the first call; a failure is left to wasmInstance,
 * which then compiles the module itself and reports it the usual way (null).
 * @example compileWasmEarly(designKernelsWasm); // at the import of the kernels' glue
 */
export function compileWasmEarly(base64: string): void {
  if (compiled.has(base64) || instances.has(base64) || typeof WebAssembly?.compile !== "function") return;
  try {
    WebAssembly.compile(decodeBase64(base64)).then(
      (module) => compiled.set(base64, module),
      () => {},
    );
  } catch {
    // wasmInstance compiles it on first use
  }
}

/**
 * Turns the WebAssembly kernels off (true) or on again (false), for comparing each kernel with
 * its JavaScript twin. Returns the previous setting.
 * @example const before = disableWasmKernels(true); … disableWasmKernels(before);
 */
export function disableWasmKernels(off: boolean): boolean {
  const before = disabled;
  disabled = off;
  return before;
}

/**
 * A view of a kernel module's memory laid out for one call: `reserve` grows the memory to hold
 * the bytes asked for and gives each block's offset (8-byte aligned) from 0; the blocks are
 * valid until the next call's `reserve`.
 * @example const [x, y] = reserve(memory, [8 * n, 8 * n]); new Float64Array(memory.buffer, x, n).set(values);
 */
export function reserve(memory: WebAssembly.Memory, bytes: readonly number[]): number[] {
  const offsets: number[] = [];
  let end = 0;
  for (const b of bytes) {
    offsets.push(end);
    end += (b + 7) & ~7;
  }
  const have = memory.buffer.byteLength;
  if (end > have) memory.grow(Math.ceil((end - have) / 65536));
  return offsets;
}

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
