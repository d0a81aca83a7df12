/** jobs/private-cache-dir.ts: only a real folder this user alone can write is used as a cache. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { privateCacheDir } from "../../src/jobs/private-cache-dir.js";

describe("privateCacheDir", () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fgc-private-cache-"));
    saved = process.env.TMPDIR;
    process.env.TMPDIR = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("makes the folder with no group or other access", () => {
    const made = privateCacheDir("cache");
    expect(made).toBe(join(dir, "cache"));
    expect(statSync(made as string).mode & 0o777).toBe(0o700);
  });

  it("tightens a folder of this user's made with looser modes", () => {
    mkdirSync(join(dir, "cache"));
    chmodSync(join(dir, "cache"), 0o777);
    expect(privateCacheDir("cache")).toBe(join(dir, "cache"));
    expect(statSync(join(dir, "cache")).mode & 0o777).toBe(0o700);
  });

  it("refuses a link in the folder's place (someone else's folder behind it)", () => {
    mkdirSync(join(dir, "elsewhere"), { mode: 0o700 });
    symlinkSync(join(dir, "elsewhere"), join(dir, "cache"));
    expect(privateCacheDir("cache")).toBeNull();
  });

  it("refuses a file in the folder's place", () => {
    writeFileSync(join(dir, "cache"), "");
    expect(privateCacheDir("cache")).toBeNull();
  });
});
