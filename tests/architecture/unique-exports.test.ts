import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * One exported name, one meaning (house style §12): every name exported from src/ is declared in
 * exactly one file. Re-exports are allowed only in the public surfaces (src/index.ts, src/node.ts
 * and folder index.ts files), which list names declared elsewhere; any other file imports the
 * file that holds the thing rather than passing it on under its own roof.
 */

const srcDir = join(import.meta.dirname, "../../src");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : bindingNames(element.name),
  );
}

interface Exports {
  /** Names this file declares and exports. */
  declared: string[];
  /** Names this file exports from another module (`export { x } from "./y.js"`, or an import passed on). */
  reexported: string[];
}

/** The exported names a source file declares itself, and those it passes on from elsewhere. */
function exportsOf(fileName: string, text: string): Exports {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const declared = new Set<string>();
  const reexported = new Set<string>();
  const imported = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) imported.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) imported.add(element.name.text);
      if (bindings && ts.isNamespaceImport(bindings)) imported.add(bindings.name.text);
    }
  }
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (!clause) {
        reexported.add(`* from ${statement.moduleSpecifier?.getText(source)}`);
        continue;
      }
      if (ts.isNamespaceExport(clause)) {
        reexported.add(clause.name.text);
        continue;
      }
      for (const element of clause.elements) {
        const local = (element.propertyName ?? element.name).getText(source);
        const exported = element.name.getText(source);
        if (statement.moduleSpecifier || imported.has(local)) reexported.add(exported);
        else declared.add(exported);
      }
      continue;
    }
    if (!hasExportModifier(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        for (const name of bindingNames(declaration.name)) declared.add(name);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement) ||
        ts.isModuleDeclaration(statement)) &&
      statement.name
    ) {
      declared.add(statement.name.text);
    }
  }
  return { declared: [...declared], reexported: [...reexported] };
}

function isPublicSurface(file: string): boolean {
  return file === "index.ts" || file === "node.ts" || file.endsWith("/index.ts");
}

const files = tsFiles(srcDir).map((path) => ({
  file: relative(srcDir, path).split("\\").join("/"),
  exports: exportsOf(path, readFileSync(path, "utf8")),
}));

describe("exported names in src/", () => {
  it("the parser sees declarations, exported lists and re-exports", () => {
    const text = [
      'import { b } from "./b.js";',
      "export function f() {}",
      "export const [x, { y }] = [1, { y: 2 }];",
      "export interface I {}",
      "export type T = number;",
      "export class C {}",
      "const local = 1;",
      "export { local as renamed, b };",
      'export { z } from "./z.js";',
      "function hidden() {}",
    ].join("\n");
    const found = exportsOf("sample.ts", text);
    expect(found.declared.sort()).toEqual(["C", "I", "T", "f", "renamed", "x", "y"]);
    expect(found.reexported.sort()).toEqual(["b", "z"]);
  });

  it("reads a real number of files and names", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => f.exports.declared).length).toBeGreaterThan(300);
  });

  it("every exported name is declared in one file only", () => {
    const where = new Map<string, string[]>();
    for (const { file, exports } of files)
      for (const name of exports.declared) where.set(name, [...(where.get(name) ?? []), file]);
    const duplicates = [...where]
      .filter(([, inFiles]) => inFiles.length > 1)
      .map(([name, inFiles]) => `${name}: ${inFiles.sort().join(", ")}`)
      .sort();
    expect(duplicates).toEqual([]);
  });

  it("only the public surfaces (index.ts, node.ts) re-export names declared elsewhere", () => {
    const passedOn = files
      .map(({ file, exports }) => ({
        file,
        names: exports.reexported,
      }))
      .filter(({ file, names }) => !isPublicSurface(file) && names.length > 0)
      .map(({ file, names }) => `${file}: ${names.sort().join(", ")}`)
      .sort();
    expect(passedOn).toEqual([]);
  });
});
