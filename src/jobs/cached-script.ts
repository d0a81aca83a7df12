// Loads a CommonJS bundle through V8's code cache, so that a large bundle (the CLI itself,
// dist/cli.cjs, 1.6 MB) is compiled once per machine rather than on every run: the first run
// compiles it and, once its work is done, saves the compiled code (including the functions that
// work compiled lazily) beside the system's temporary folder; later runs deserialise it instead
// of parsing and compiling again. The cache file is named for a hash of the bundle's bytes,
// Node's version and the architecture, and V8 itself rejects a cache made with other flags, in
// which case the bundle is compiled as on a first run and the cache rewritten. A bundle may keep
// one cache per variant (the CLI: one per command, since each command compiles different
// functions). Saving a bundle's cache removes the caches of its other builds, so that rebuilding
// does not pile them up (about 1.2 MB each). The cache holds only compiled code, never results:
// the bundle runs the same either way. A cache that cannot be read or written is skipped without
// a word (it only saves time).
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { privateCacheDir } from "./private-cache-dir.js";

export interface CachedScript<T> {
  /** The bundle's `module.exports`. */
  exports: T;
  /** Whether the compiled code came from the cache. */
  fromCache: boolean;
  /**
   * Saves the compiled code when it did not come from the cache; call it after the bundle's
   * first real work, so that the functions that work compiled are saved too.
   */
  saveCache(): void;
}

/**
 * `variant`: a name (lower-case letters and digits) for a cache of its own beside the bundle's
 * others, for runs that compile different parts of the bundle.
 * @example const { exports, saveCache } = loadCachedScript<{ runMain: … }>("dist/cli.cjs", "trial")
 */
export function loadCachedScript<T>(file: string, variant?: string): CachedScript<T> {
  const bytes = readFileSync(file);
  // A bundle in ASCII (esbuild escapes the rest) read as Latin-1 is the same text, and Node
  // makes a large Latin-1 string without decoding it: UTF-8 decoding took ~30 ms for dist/cli.cjs.
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const cacheFile = codeCachePath(file, bytes, variant);
  let cachedData: Buffer | undefined;
  try {
    cachedData = cacheFile !== null && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  // The wrapper CommonJS gives every module: the bundle's own `require` finds Node's built-ins
  // and the packages installed beside it.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as T, filename: file };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  let saved = fromCache;
  return {
    exports: module.exports,
    fromCache,
    saveCache() {
      if (saved || cacheFile === null) return;
      saved = true;
      try {
        // Whole or not at all: another run may be reading it.
        const partial = `${cacheFile}.${process.pid}.partial`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
        removeOtherBuilds(cacheFile, basename(file));
      } catch {
        // Only a cache: the next run compiles again.
      }
    },
  };
}

/**
 * Removes the caches of the bundle's other builds, keeping this build's other variants (a cache
 * in use elsewhere is only recompiled there).
 */
function removeOtherBuilds(cacheFile: string, bundle: string): void {
  const dir = dirname(cacheFile);
  const build = basename(cacheFile).slice(0, `${bundle}-`.length + KEY_LENGTH);
  for (const name of readdirSync(dir))
    if (name.startsWith(`${bundle}-`) && name.endsWith(".v8") && !name.startsWith(build))
      rmSync(join(dir, name), { force: true });
}

/** Hex digits of the build's hash in a cache file's name. */
const KEY_LENGTH = 24;

/**
 * The code cache's file, <private cache folder>/<bundle>-<hash of bundle, Node, arch>[-variant].v8;
 * null when no folder only this user can write is to be had (private-cache-dir.ts): a cache
 * planted by someone else would be run as compiled code.
 */
function codeCachePath(file: string, source: Buffer, variant: string | undefined): string | null {
  if (variant !== undefined && !/^[a-z0-9]{1,32}$/.test(variant)) return null;
  const dir = privateCacheDir("fgc-toolkit-cache");
  if (dir === null) return null;
  const key = createHash("sha256")
    .update(source)
    .update(`\0${process.version}\0${process.arch}`)
    .digest("hex")
    .slice(0, KEY_LENGTH);
  return join(dir, `${basename(file)}-${key}${variant === undefined ? "" : `-${variant}`}.v8`);
}
