/**
 * The public surface is what a researcher needs and no more (issue 15, item 1): the entries
 * (src/index.ts as `fgc-toolkit`, src/node.ts as `fgc-toolkit/node`) pass on no plumbing, and the
 * example analyses use the package as a researcher would, through those entries only (resolved
 * to the sources by tsconfig.json's `paths`, which tsc and tsx both read).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

/** Internal helpers that must never be public: the crypto and CSV plumbing, and a few others. */
const PLUMBING = [
  "hmacSha256",
  "sha256",
  "toHex",
  "csvSafeCell",
  "csvSafeRows",
  "cellKey",
  "assertLevel",
  "createIdIndex",
  "choleskyInverse",
  "readRawBytes",
];

/** Every name an entry file exports, values and types alike (`export { a, type B } from …`). */
function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) throw new TypeError(`${file}: export * or a namespace export`);
    for (const element of clause.elements) names.push(element.name.text);
  }
  return names;
}

/** The module specifiers a file imports from. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((s) =>
    (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) &&
    s.moduleSpecifier &&
    ts.isStringLiteral(s.moduleSpecifier)
      ? [s.moduleSpecifier.text]
      : [],
  );
}

const browser = exportedNames(join(root, "src/index.ts"));
const node = exportedNames(join(root, "src/node.ts"));

describe("the package's entries", () => {
  it("are read whole: a real number of names, values and types", () => {
    expect(browser.length).toBeGreaterThan(150);
    expect(node.length).toBeGreaterThan(10);
    expect(browser).toContain("riskDifference");
    expect(browser).toContain("Estimate");
  });

  it("export no plumbing", () => {
    expect([...browser, ...node].filter((name) => PLUMBING.includes(name))).toEqual([]);
  });

  it("export each name once, in one entry", () => {
    const all = [...browser, ...node];
    expect(all.filter((name, i) => all.indexOf(name) !== i)).toEqual([]);
  });

  it("export what the example analyses need to read returns and neighbours", () => {
    for (const name of ["readReturn", "readNeighbours", "runAreas", "AreaInput", "ReturnCell", "RawTable"])
      expect(browser).toContain(name);
    for (const name of ["readRawFile", "readTrialInput", "writeReportFiles", "fileSha256"])
      expect(node).toContain(name);
  });
});

describe("analyses/", () => {
  const files = readdirSync(join(root, "analyses")).filter((f) => f.endsWith(".ts"));

  it("holds the example analyses", () => {
    expect(files).toContain("compare-areas.ts");
    expect(files).toContain("replicate-coram-trial.ts");
  });

  it.each(files)("%s imports only the package's entries, Node and npm packages, never src/", (file) => {
    const deep = importsOf(join(root, "analyses", file)).filter(
      (spec) =>
        spec.startsWith(".") ||
        spec.includes("src/") ||
        (spec.startsWith("fgc-toolkit/") && spec !== "fgc-toolkit/node"),
    );
    expect(deep).toEqual([]);
    expect(importsOf(join(root, "analyses", file)).some((spec) => spec.startsWith("fgc-toolkit"))).toBe(true);
  });
});
