// resvg's loader (napi-rs: @resvg/resvg-js/js-binding.js) asks process.report for a whole
// diagnostic report only to learn whether Node runs on glibc or on musl: ~7 ms of every
// `fgc trial`. On Linux (x64, arm64) with glibc's libc.so.6 and no musl loader mapped into this
// process, the answer is glibc; then the require cache gets, in place of js-binding.js, what it
// would export there: the glibc package's binding, loaded on first use. Anywhere else (musl,
// macOS, Windows, a binding file beside the loader, a layout not found) nothing changes and
// resvg's own loader runs.
import { existsSync, readFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname, join } from "node:path";

/** What js-binding.js exports: the native binding's classes and functions. */
const BINDING_NAMES = ["BBox", "Resvg", "RenderedImage", "renderAsync"];

/**
 * Skips resvg's C-library probe for `require("@resvg/resvg-js")` as resolved from the file
 * `from` (the CLI bundle); returns whether it did.
 * @example skipResvgLibcProbe("dist/cli.cjs") // true on Linux with glibc
 */
export function skipResvgLibcProbe(from: string): boolean {
  if (process.platform !== "linux" || (process.arch !== "x64" && process.arch !== "arm64")) return false;
  try {
    const loader = createRequire(from).resolve("@resvg/resvg-js/js-binding.js");
    const requireFromLoader = createRequire(loader);
    // Already loaded, or a binding file beside the loader (which it would take first).
    if (requireFromLoader.cache[loader] !== undefined) return false;
    if (existsSync(join(dirname(loader), `resvgjs.linux-${process.arch}-gnu.node`))) return false;
    const maps = readFileSync("/proc/self/maps", "latin1");
    if (!/\/libc\.so\.6$/m.test(maps) || /ld-musl-/.test(maps)) return false;
    const pkg = `@resvg/resvg-js-linux-${process.arch}-gnu`;
    requireFromLoader.resolve(pkg);
    let binding: Record<string, unknown> | undefined;
    const exports = {};
    for (const name of BINDING_NAMES)
      Object.defineProperty(exports, name, {
        enumerable: true,
        get: () => {
          binding ??= requireFromLoader(pkg) as Record<string, unknown>;
          return binding[name];
        },
      });
    const module = new Module(loader);
    module.filename = loader;
    module.loaded = true;
    module.exports = exports;
    requireFromLoader.cache[loader] = module;
    return true;
  } catch {
    return false;
  }
}
