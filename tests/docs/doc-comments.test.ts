// Every export of the public entries (src/index.ts, src/node.ts) carries a `/** … */` doc on its
// declaration, every property of an exported `*Options` / `*Plan` type has its own, and no file
// in src/ has a `/**` above its imports (TypeScript would attach it to the import: house style §12,
// issue 15 item 2). The full list is printed grouped by folder.
//
// CONVERTED_FOLDERS (converted-folders.ts, shared with doc-examples.test.ts): the folders whose
// conversion is finished, asserted to have zero problems. The other folders are being converted
// on parallel branches; when those branches merge, the lead widens it to all of src/.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONVERTED_FOLDERS } from "./converted-folders.js";
import { createProgram, docProblems, ENTRIES, formatProblems, srcRoot } from "./doc-api.js";

describe("doc comments on the public surface", () => {
  it("the converted folders have no documentation problem", () => {
    const program = createProgram(Object.values(ENTRIES));
    const problems = docProblems(program, ENTRIES, srcRoot);
    if (problems.length) console.log(`doc-comment problems, all folders:\n${formatProblems(problems)}`);
    const inConverted = problems.filter((p) => CONVERTED_FOLDERS.includes(p.folder));
    expect(formatProblems(inConverted)).toBe("");
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
