// Every export of the public entries (src/index.ts, src/node.ts) carries a `/** … */` doc on its
// declaration, every property of an exported `*Options` / `*Plan` type has its own, and no file
// in src/ has a `/**` above its imports (TypeScript would attach it to the import: house style §12,
// issue 15 item 2). The full list is printed grouped by folder.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgram, docProblems, ENTRIES, formatProblems, srcRoot } from "./doc-api.js";

describe("doc comments on the public surface", () => {
  it("src/ has no documentation problem", () => {
    const program = createProgram(Object.values(ENTRIES));
    const problems = docProblems(program, ENTRIES, srcRoot);
    expect(formatProblems(problems)).toBe("");
  });

  it("reports a missing doc, an undocumented option and a doc above the imports on a fixture", () => {
    const root = join(import.meta.dirname, "fixtures/doc-program");
    const entries = { fixture: join(root, "index.ts") };
    const problems = docProblems(createProgram(Object.values(entries)), entries, root, root);
    expect(problems.map((p) => `${p.where} ${p.message}`).sort()).toEqual([
      "a.ts:14 property FooOptions.bare has no /** */ doc",
      "a.ts:8 export undocumented has no /** */ doc",
      "b.ts:1 /** comment above the imports (TypeScript attaches it to the import)",
      "b.ts:6 export headerOnly has no /** */ doc",
    ]);
  });
});
