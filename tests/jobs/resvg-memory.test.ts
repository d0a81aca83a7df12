/**
 * The compiled CLI lets resvg's allocator (mimalloc) keep the memory it frees and take large
 * pages, from a thread's first memory on (jobs/resvg-memory.ts): each setting is made unless
 * the user made one, and mimalloc, loaded with resvg after them, reports them among its options
 * (MIMALLOC_VERBOSE=1).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keepResvgMemory, RESVG_MEMORY_SETTINGS } from "../../src/jobs/resvg-memory.js";

const root = join(import.meta.dirname, "../..");

describe("keepResvgMemory", () => {
  it("sets each setting only where it is not set", () => {
    const env: NodeJS.ProcessEnv = {};
    expect(keepResvgMemory(env)).toEqual([
      "MIMALLOC_PURGE_DELAY",
      "MIMALLOC_ALLOW_LARGE_OS_PAGES",
      "MIMALLOC_EAGER_COMMIT_DELAY",
    ]);
    expect(env).toEqual({
      MIMALLOC_PURGE_DELAY: "-1",
      MIMALLOC_ALLOW_LARGE_OS_PAGES: "1",
      MIMALLOC_EAGER_COMMIT_DELAY: "0",
    });
    const own: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: "50", MIMALLOC_ALLOW_LARGE_OS_PAGES: "0" };
    expect(keepResvgMemory(own)).toEqual(["MIMALLOC_EAGER_COMMIT_DELAY"]);
    expect(own).toEqual({
      MIMALLOC_PURGE_DELAY: "50",
      MIMALLOC_ALLOW_LARGE_OS_PAGES: "0",
      MIMALLOC_EAGER_COMMIT_DELAY: "0",
    });
  });

  it("is read by resvg's mimalloc when resvg loads after it", () => {
    const settings = RESVG_MEMORY_SETTINGS.map(
      ({ name, value }) => `process.env.${name} = ${JSON.stringify(value)};`,
    );
    const script = `${settings.join("\n")}
      const { Resvg } = require("@resvg/resvg-js");
      new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>').render();`;
    // The user's environment without the settings, so that the CLI makes them.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !RESVG_MEMORY_SETTINGS.some((x) => x.name === name)),
    );
    const stderrOf = (code: string) =>
      spawnSync(process.execPath, ["-e", code], {
        cwd: root,
        env: { ...env, MIMALLOC_VERBOSE: "1" },
        encoding: "utf8",
      }).stderr;
    const set = stderrOf(script);
    expect(set).toMatch(/option 'purge_delay': -1\b/);
    expect(set).toMatch(/option 'allow_large_os_pages': 1\b/);
    expect(set).toMatch(/option 'eager_commit_delay': 0\b/);
    // Without them, mimalloc's defaults (10 ms; no large pages).
    const unset = stderrOf(script.replace(/process\.env\.[^;]+;/g, ""));
    expect(unset).toMatch(/option 'purge_delay': 10\b/);
    expect(unset).toMatch(/option 'allow_large_os_pages': 0\b/);
    expect(unset).toMatch(/option 'eager_commit_delay': 1\b/);
  });
});
