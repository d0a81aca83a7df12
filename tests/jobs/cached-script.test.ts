/**
 * jobs/cached-script.ts: a CommonJS bundle loaded through V8's code cache runs the same with
 * and without the cache; the first load saves it, the next uses it, a damaged cache is rejected
 * and rewritten, and a changed bundle never reuses the old bundle's cache. Each load runs in a
 * Node process of its own, as `fgc trial` does (within one process V8 keeps compiled code in
 * memory and would hide the cache on disk). A bundle may keep a cache per variant (the CLI: one
 * per command); a rebuild removes every variant of the old build.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

const source = (factor: number) => `
const path = require("node:path");
function area(r) { return ${factor} * r * r; }
module.exports = { area, join: (...parts) => path.posix.join(...parts), here: path.basename(__dirname) + "/" + path.basename(__filename) };
`;

describe("loadCachedScript", () => {
  let runner: string;
  let dir: string;
  let tmp: string;
  beforeAll(async () => {
    // The loader compiled to JavaScript, and a script that loads a bundle with it and reports.
    const built = mkdtempSync(join(tmpdir(), "fgc-cached-script-build-"));
    await build({
      entryPoints: [join(root, "src/jobs/cached-script.ts")],
      outfile: join(built, "cached-script.mjs"),
      bundle: true,
      format: "esm",
      platform: "node",
      logLevel: "warning",
    });
    runner = join(built, "runner.mjs");
    writeFileSync(
      runner,
      `import { loadCachedScript } from "./cached-script.mjs";
const loaded = loadCachedScript(process.argv[2], process.argv[4] || undefined);
if (process.argv[3] === "save") loaded.saveCache();
console.log(JSON.stringify({ fromCache: loaded.fromCache, area: loaded.exports.area(2), join: loaded.exports.join("a", "b"), text: loaded.exports.text }));
`,
    );
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fgc-cached-script-"));
    tmp = join(dir, "tmp");
  });
  const load = (file: string, save = true, variant = "") =>
    JSON.parse(
      execFileSync(process.execPath, [runner, file, save ? "save" : "", variant], {
        env: { ...process.env, TMPDIR: tmp },
        encoding: "utf8",
      }),
    ) as { fromCache: boolean; area: number; join: string; text?: string };
  const cacheFiles = () => readdirSync(join(tmp, "fgc-toolkit-cache")).filter((f) => f.endsWith(".v8"));

  it("runs the bundle, its require finding Node's modules, and uses the cache it saved", () => {
    const file = join(dir, "bundle.cjs");
    writeFileSync(file, source(3));
    expect(load(file, false)).toEqual({ fromCache: false, area: 12, join: "a/b" });
    // Nothing saved unless asked (the private cache folder itself may be made, empty).
    expect(existsSync(join(tmp, "fgc-toolkit-cache")) ? cacheFiles() : []).toEqual([]);
    expect(load(file)).toEqual({ fromCache: false, area: 12, join: "a/b" });
    expect(cacheFiles()).toEqual([expect.stringMatching(/^bundle\.cjs-[0-9a-f]{24}\.v8$/)]);
    expect(load(file)).toEqual({ fromCache: true, area: 12, join: "a/b" });
  });

  it("rejects a damaged cache, runs the bundle all the same, and rewrites the cache", () => {
    const file = join(dir, "bundle.cjs");
    writeFileSync(file, source(3));
    load(file);
    const cache = join(tmp, "fgc-toolkit-cache", cacheFiles()[0]);
    const good = readFileSync(cache);
    writeFileSync(cache, good.subarray(0, good.length >> 1));
    expect(load(file)).toEqual({ fromCache: false, area: 12, join: "a/b" });
    expect(readFileSync(cache).length).toBe(good.length);
    expect(load(file)).toEqual({ fromCache: true, area: 12, join: "a/b" });
  });

  it("never gives a changed bundle the cache of the old one, even at the same length, and removes the old one", () => {
    const file = join(dir, "bundle.cjs");
    writeFileSync(file, source(3));
    load(file);
    const old = cacheFiles();
    writeFileSync(join(dir, "other.cjs"), source(4));
    load(join(dir, "other.cjs")); // another bundle's cache stays
    writeFileSync(file, source(5)); // same length, other code
    expect(load(file)).toEqual({ fromCache: false, area: 20, join: "a/b" });
    expect(cacheFiles().length).toBe(2);
    expect(cacheFiles()).not.toContain(old[0]);
    expect(cacheFiles().filter((f) => f.startsWith("other.cjs-")).length).toBe(1);
    expect(load(file)).toEqual({ fromCache: true, area: 20, join: "a/b" });
  });

  it("keeps a cache per variant, and a rebuild removes every variant of the old build", () => {
    const file = join(dir, "bundle.cjs");
    writeFileSync(file, source(3));
    expect(load(file, true, "trial")).toEqual({ fromCache: false, area: 12, join: "a/b" });
    expect(load(file, true, "help")).toEqual({ fromCache: false, area: 12, join: "a/b" });
    expect(load(file, true, "trial")).toEqual({ fromCache: true, area: 12, join: "a/b" });
    expect(cacheFiles().sort()).toEqual([
      expect.stringMatching(/^bundle\.cjs-[0-9a-f]{24}-help\.v8$/),
      expect.stringMatching(/^bundle\.cjs-[0-9a-f]{24}-trial\.v8$/),
    ]);
    writeFileSync(file, source(5));
    expect(load(file, true, "help")).toEqual({ fromCache: false, area: 20, join: "a/b" });
    expect(cacheFiles()).toEqual([expect.stringMatching(/^bundle\.cjs-[0-9a-f]{24}-help\.v8$/)]);
    // A variant that is not a plain name gets no cache (it names a file).
    expect(load(file, true, "../x")).toEqual({ fromCache: false, area: 20, join: "a/b" });
    expect(load(file, true, "../x")).toEqual({ fromCache: false, area: 20, join: "a/b" });
    expect(cacheFiles().length).toBe(1);
  });

  it("gives the bundle CommonJS's __filename and __dirname, and reads it as UTF-8 or, all ASCII, as Latin-1", () => {
    const sub = join(dir, "dist");
    mkdirSync(sub);
    const file = join(sub, "bundle.cjs");
    writeFileSync(file, `${source(3)}\nmodule.exports.text = module.exports.here + " \u00e9\u2014\\u00e9";`);
    writeFileSync(
      join(sub, "ascii.cjs"),
      `${source(3)}\nmodule.exports.text = module.exports.here + " \\u00e9";`,
    );
    for (let i = 0; i < 2; i++) {
      expect(load(file).text).toBe("dist/bundle.cjs \u00e9\u2014\u00e9");
      expect(load(join(sub, "ascii.cjs")).text).toBe("dist/ascii.cjs \u00e9");
    }
  });

  it("works without a writable temporary folder (the cache only saves time)", () => {
    const file = join(dir, "bundle.cjs");
    writeFileSync(file, source(3));
    writeFileSync(tmp, "a file where the temporary folder should be");
    expect(load(file)).toEqual({ fromCache: false, area: 12, join: "a/b" });
    expect(load(file)).toEqual({ fromCache: false, area: 12, join: "a/b" });
  });
});
