import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tableSpecs } from "../../src/schema/catalog.js";
import { fullDataDictionary } from "../../src/data-dictionary.js";
import { renderDataDictionary } from "../../src/schema/dictionary.js";
import { rules } from "../../src/schema/rules.js";
import type { SchemaName } from "../../src/schema/table.js";
import { renderTableJsonSchema } from "../../src/schema/table-json-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const update = process.env.UPDATE_GOLDEN === "1";

/** Compare a generated document with its file; rewrite the file under UPDATE_GOLDEN=1. */
function expectGolden(relative: string, text: string): void {
  const path = join(root, relative);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  expect(
    existsSync(path),
    `${relative} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/schema/dictionary.test.ts`,
  ).toBe(true);
  expect(readFileSync(path, "utf8"), `${relative} is out of date: regenerate with UPDATE_GOLDEN=1`).toBe(
    text,
  );
}

describe("generated documents", () => {
  it("docs/data-dictionary.md matches fullDataDictionary()", () => {
    expectGolden("docs/data-dictionary.md", fullDataDictionary());
  });

  for (const name of Object.keys(tableSpecs) as SchemaName[]) {
    it(`schemas/${name}.schema.json matches the zod row schema`, () => {
      expectGolden(`schemas/${name}.schema.json`, renderTableJsonSchema(tableSpecs[name]));
    });
  }
});

describe("renderDataDictionary()", () => {
  const text = renderDataDictionary();

  it("has a section and every column for each table", () => {
    for (const spec of Object.values(tableSpecs)) {
      expect(text).toContain(`## ${spec.title} (\`${spec.name}\`)`);
      for (const c of spec.columns) expect(text).toContain(`| \`${c.name}\``);
    }
  });

  it("lists every rule of the catalogue and names each code list's source", () => {
    for (const id of Object.keys(rules)) expect(text).toContain(`| \`${id}\` |`);
    expect(text).toContain("lac2022_23/rule_146.py");
    expect(text).toContain("`GROM` as `WROM`");
  });
});
