import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Exceptions are for misuse and bugs (house style §8): a data or usage condition throws one of the
 * project's errors (UsageError, StatsError, IoError in util/errors.ts; DataError in
 * schema/issue.ts), which the CLI maps to exit 1 or 2 with a clear message. A plain Error exits 70
 * as "internal error: this is a bug", so it is allowed only where reaching it means a bug in this
 * code base, each listed here with its reason.
 */
const INTERNAL_INVARIANTS: Record<string, string> = {
  "link/disagreement-tracker.ts":
    "the tracker keeps the sources seen in a Uint8Array bitmask; its only callers pass link-records.ts's constant SOURCE_NAMES (6 sources), so more than 8 is a programming error",
};

const srcDir = join(import.meta.dirname, "../../src");
const PLAIN_THROW = /throw\s+(?:new\s+)?(?:Error|TypeError|RangeError|SyntaxError|ReferenceError)\s*\(/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const throwsBySite = tsFiles(srcDir).flatMap((path) => {
  const file = relative(srcDir, path).split("\\").join("/");
  return readFileSync(path, "utf8")
    .split("\n")
    .flatMap((line, i) => (line.match(PLAIN_THROW) ? [{ file, line: i + 1, text: line.trim() }] : []));
});

describe("errors thrown in src/", () => {
  it("the pattern finds plain throws and ignores the project's errors", () => {
    const hits = (text: string) => text.match(PLAIN_THROW)?.length ?? 0;
    expect(hits('throw new Error("x")')).toBe(1);
    expect(hits("throw RangeError(`x`)")).toBe(1);
    expect(hits('throw new UsageError("x")')).toBe(0);
    expect(hits("throw new DataError([], 'x')")).toBe(0);
  });

  it("no plain Error is thrown except at the listed internal invariants", () => {
    const unlisted = throwsBySite
      .filter((t) => !(t.file in INTERNAL_INVARIANTS))
      .map((t) => `${t.file}:${t.line}: ${t.text}`);
    expect(unlisted).toEqual([]);
  });

  it("every listed invariant still throws (the list does not outlive its code)", () => {
    const sites = new Set(throwsBySite.map((t) => t.file));
    expect(Object.keys(INTERNAL_INVARIANTS).filter((file) => !sites.has(file))).toEqual([]);
  });
});
