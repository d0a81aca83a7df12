// The public surface as the compiler sees it, for the documentation tests (doc-comments,
// doc-examples, api-reference): every export of the entries resolved to its declaration, the
// `/** … */` comment on that declaration, the files whose first `/**` sits above their imports,
// and the `@example` blocks.
import { readdirSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import ts from "typescript";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const srcRoot = join(repoRoot, "src");
/** The package's import names and the entry files they stand for. */
export const ENTRIES: Record<string, string> = {
  "fgc-toolkit": join(srcRoot, "index.ts"),
  "fgc-toolkit/node": join(srcRoot, "node.ts"),
};

export interface PublicExport {
  name: string;
  /** The import name it is exported under ("fgc-toolkit" or "fgc-toolkit/node"). */
  entry: string;
  declaration: ts.Declaration;
  /** The statement a doc comment must sit on (the variable statement for a const). */
  host: ts.Node;
  file: string;
  line: number;
  /** Folder under src/ ("stats", "util", …; "." for a file directly in src/). */
  folder: string;
  /** The `/** … *\/` text on the declaration, or undefined. */
  doc: string | undefined;
}

export interface DocProblem {
  folder: string;
  /** file:line, the file relative to the repository root of the program. */
  where: string;
  message: string;
}

export function createProgram(entries: string[]): ts.Program {
  return ts.createProgram(entries, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    resolveJsonModule: true,
    types: [],
  });
}

function hostOf(declaration: ts.Declaration): ts.Node {
  if (ts.isVariableDeclaration(declaration)) return declaration.parent.parent;
  return declaration;
}

/** The last `/**` comment among the leading comments of a node, or undefined. */
export function docCommentOf(node: ts.Node): string | undefined {
  const text = node.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const docs = ranges
    .filter((r) => r.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith("/**", r.pos))
    .map((r) => text.slice(r.pos, r.end));
  return docs.at(-1);
}

function folderOf(file: string, root: string): string {
  const rel = relative(root, file).split(sep);
  return rel.length > 1 ? rel[0] : ".";
}

/** Every export of the entries, resolved to its (first) declaration. */
export function publicExports(
  program: ts.Program,
  entries: Record<string, string>,
  root: string,
): PublicExport[] {
  const checker = program.getTypeChecker();
  const out: PublicExport[] = [];
  for (const [entry, path] of Object.entries(entries)) {
    const source = program.getSourceFile(path);
    if (!source) throw new Error(`entry ${path} is not in the program`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target.declarations?.[0];
      if (!declaration) continue;
      const host = hostOf(declaration);
      const sf = declaration.getSourceFile();
      const line = sf.getLineAndCharacterOfPosition(host.getStart(sf)).line + 1;
      out.push({
        name: symbol.name,
        entry,
        declaration,
        host,
        file: sf.fileName,
        line,
        folder: folderOf(sf.fileName, root),
        doc: docCommentOf(host),
      });
    }
  }
  return out;
}

function optionsMembers(declaration: ts.Declaration): ts.TypeElement[] {
  const literalMembers = (type: ts.TypeNode): ts.TypeElement[] => {
    if (ts.isTypeLiteralNode(type)) return [...type.members];
    if (ts.isIntersectionTypeNode(type) || ts.isUnionTypeNode(type))
      return type.types.flatMap(literalMembers);
    if (ts.isParenthesizedTypeNode(type)) return literalMembers(type.type);
    return [];
  };
  if (ts.isInterfaceDeclaration(declaration)) return [...declaration.members];
  if (ts.isTypeAliasDeclaration(declaration)) return literalMembers(declaration.type);
  return [];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The `/**` comments that sit above a file's first import, or [] (none, or no import). */
export function docAboveImports(fileName: string, text: string): number[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const firstImport = sf.statements.findIndex((s) => ts.isImportDeclaration(s));
  if (firstImport < 0) return [];
  const lines: number[] = [];
  for (const statement of sf.statements.slice(0, firstImport + 1)) {
    for (const r of ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? []) {
      if (r.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith("/**", r.pos)) {
        lines.push(sf.getLineAndCharacterOfPosition(r.pos).line + 1);
      }
    }
  }
  return lines;
}

/**
 * Every documentation problem: an export without a doc on its declaration, a property of an
 * exported `*Options` / `*Plan` type without its own doc, a src file with a `/**` above its imports.
 */
export function docProblems(
  program: ts.Program,
  entries: Record<string, string>,
  root: string,
  base = repoRoot,
): DocProblem[] {
  const problems: DocProblem[] = [];
  const at = (file: string, line: number) => `${relative(base, file)}:${line}`;
  const seen = new Set<ts.Node>();
  for (const e of publicExports(program, entries, root)) {
    if (seen.has(e.host)) continue;
    seen.add(e.host);
    if (e.doc === undefined) {
      problems.push({
        folder: e.folder,
        where: at(e.file, e.line),
        message: `export ${e.name} has no /** */ doc`,
      });
    }
    if (/(Options|Plan)$/.test(e.name)) {
      for (const member of optionsMembers(e.declaration)) {
        if (docCommentOf(member) !== undefined) continue;
        const sf = member.getSourceFile();
        const line = sf.getLineAndCharacterOfPosition(member.getStart(sf)).line + 1;
        const prop = member.name && ts.isIdentifier(member.name) ? member.name.text : member.getText(sf);
        problems.push({
          folder: e.folder,
          where: at(sf.fileName, line),
          message: `property ${e.name}.${prop} has no /** */ doc`,
        });
      }
    }
  }
  for (const file of tsFiles(root)) {
    const text = ts.sys.readFile(file) ?? "";
    for (const line of docAboveImports(file, text)) {
      problems.push({
        folder: folderOf(file, root),
        where: at(file, line),
        message: "/** comment above the imports (TypeScript attaches it to the import)",
      });
    }
  }
  return problems;
}

/** The problems as text, grouped by folder. */
export function formatProblems(problems: DocProblem[]): string {
  const byFolder = new Map<string, DocProblem[]>();
  for (const p of problems) byFolder.set(p.folder, [...(byFolder.get(p.folder) ?? []), p]);
  return [...byFolder.keys()]
    .sort()
    .map((folder) => {
      const list = byFolder.get(folder)!;
      return [`${folder}/ (${list.length})`, ...list.map((p) => `  ${p.where}  ${p.message}`)].join("\n");
    })
    .join("\n");
}

export interface DocExample {
  name: string;
  folder: string;
  /** file:line of the declaration. */
  where: string;
  code: string;
}

/** The fenced ```ts blocks of the `@example` sections of a doc comment. */
export function examplesOf(doc: string): string[] {
  const body = doc
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""));
  const blocks: string[] = [];
  let inExample = false;
  let block: string[] | undefined;
  for (const line of body) {
    if (block) {
      if (/^\s*```\s*$/.test(line)) {
        blocks.push(block.join("\n"));
        block = undefined;
      } else block.push(line);
      continue;
    }
    if (/^\s*@\w+/.test(line)) inExample = /^\s*@example\b/.test(line);
    if (inExample && /^\s*```(ts|typescript)\s*$/.test(line)) block = [];
  }
  return blocks;
}

export function publicExamples(
  program: ts.Program,
  entries: Record<string, string>,
  root: string,
  base = repoRoot,
): DocExample[] {
  const out: DocExample[] = [];
  const seen = new Set<ts.Node>();
  for (const e of publicExports(program, entries, root)) {
    if (seen.has(e.host) || e.doc === undefined) continue;
    seen.add(e.host);
    for (const code of examplesOf(e.doc)) {
      out.push({ name: e.name, folder: e.folder, where: `${relative(base, e.file)}:${e.line}`, code });
    }
  }
  return out;
}
