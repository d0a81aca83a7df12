// The API reference in docs/api/ (TypeDoc + typedoc-plugin-markdown, from src/index.ts and
// src/node.ts) lists every export of the two entries, so it cannot fall behind the code.
// When this fails, regenerate it and commit the result:  npm run docs
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgram, ENTRIES, publicExports, repoRoot } from "./doc-api.js";

const apiDir = join(repoRoot, "docs/api");

/** The names an entry's generated index links to: `- [Name](kind/Name.md)`. */
function listedNames(entry: string): Set<string> {
  const index = join(apiDir, entry, "README.md");
  if (!existsSync(index)) return new Set();
  const text = readFileSync(index, "utf8");
  return new Set([...text.matchAll(/^- \[(.+?)\]\((.+?\.md)\)$/gm)].map((m) => m[1].replace(/\\(.)/g, "$1")));
}

describe("docs/api, the generated API reference", () => {
  const exports = publicExports(createProgram(Object.values(ENTRIES)), ENTRIES, join(repoRoot, "src"));

  it("has a page for each entry, named as it is imported", () => {
    const top = readFileSync(join(apiDir, "README.md"), "utf8");
    for (const entry of Object.keys(ENTRIES)) expect(top).toContain(`[${entry}](${entry}/README.md)`);
  });

  it.each(Object.keys(ENTRIES))("lists every export of %s (else: npm run docs)", (entry) => {
    const listed = listedNames(entry);
    const missing = exports.filter((e) => e.entry === entry && !listed.has(e.name)).map((e) => e.name);
    expect(missing).toEqual([]);
    expect(listed.size).toBeGreaterThan(0);
  });

  it("lists nothing that is no longer exported (else: npm run docs)", () => {
    for (const entry of Object.keys(ENTRIES)) {
      const names = new Set(exports.filter((e) => e.entry === entry).map((e) => e.name));
      expect([...listedNames(entry)].filter((n) => !names.has(n))).toEqual([]);
    }
  });
});
