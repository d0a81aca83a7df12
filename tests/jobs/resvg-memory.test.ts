/**
 * The compiled CLI lets resvg's allocator (mimalloc) keep the memory it frees
 * (jobs/resvg-memory.ts): the setting is made unless the user made one, and mimalloc, loaded
 * with resvg after it, reports it among its options (MIMALLOC_VERBOSE=1).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keepResvgMemory, RESVG_MEMORY_SETTING } from "../../src/jobs/resvg-memory.js";

const root = join(import.meta.dirname, "../..");

describe("keepResvgMemory", () => {
  it("sets MIMALLOC_PURGE_DELAY=-1 only where it is not set", () => {
    const env: NodeJS.ProcessEnv = {};
    expect(keepResvgMemory(env)).toBe(true);
    expect(env).toEqual({ MIMALLOC_PURGE_DELAY: "-1" });
    const own: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: "50" };
    expect(keepResvgMemory(own)).toBe(false);
    expect(own.MIMALLOC_PURGE_DELAY).toBe("50");
  });

  it("is read by resvg's mimalloc when resvg loads after it", () => {
    const script = `
      process.env.${RESVG_MEMORY_SETTING.name} = ${JSON.stringify(RESVG_MEMORY_SETTING.value)};
      const { Resvg } = require("@resvg/resvg-js");
      new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>').render();`;
    const { MIMALLOC_PURGE_DELAY: _, ...env } = process.env;
    const stderrOf = (code: string) =>
      spawnSync(process.execPath, ["-e", code], {
        cwd: root,
        env: { ...env, MIMALLOC_VERBOSE: "1" },
        encoding: "utf8",
      }).stderr;
    expect(stderrOf(script)).toMatch(/option 'purge_delay': -1\b/);
    // Without it, mimalloc's default (10 ms).
    expect(stderrOf(script.replace(/process\.env\.[^;]+;/, ""))).toMatch(/option 'purge_delay': 10\b/);
  });
});
