import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The layers of src/ (README, "Layers"): imports point down the rank table only, layers of one
 * rank do not import each other, Node code stays in the Node layers, report/ takes only types from
 * the pipelines, and no file reaches itself through its imports. The graph is read with the
 * TypeScript parser: `import`, `import type`, `export … from`, dynamic `import()` and `import("…")`
 * types, relative specifiers resolved to the .ts file they name.
 */

/** Rank of each layer, lowest first; a file may import only from a lower rank (or its own layer). */
const LAYER_RANKS: Record<string, { rank: number; why: string }> = {
  util: { rank: 0, why: "leaf helpers with no domain words (rng, dates, errors, stable JSON)" },
  "version.ts": { rank: 0, why: "the toolkit's version constant, written into every result" },
  stats: { rank: 1, why: "pure numerics on numbers and typed arrays" },
  schema: { rank: 1, why: "zod schemas of the domain tables, code lists, rules, Issue" },
  disclosure: { rank: 2, why: "small-number suppression, shared by areas and returns" },
  io: { rank: 3, why: "bytes, strings and streams -> validated tables; browser-safe" },
  "io/node": { rank: 4, why: "thin Node file layer: a file's bytes, atomic writes, folders, hashes" },
  link: { rank: 5, why: "pseudonymise and join extracts into linked records" },
  outcomes: { rank: 6, why: "outcomes derived from linked records in a window" },
  trial: { rank: 7, why: "pipeline: trial analysis" },
  areas: { rank: 7, why: "pipeline: area comparisons" },
  returns: { rank: 7, why: "pipeline: the FGC return from the statutory returns" },
  meta: { rank: 7, why: "pipeline: meta-analysis of published studies (fgc meta)" },
  power: { rank: 7, why: "pipeline: sample size and power for the next trial (fgc power)" },
  report: { rank: 8, why: "reads pipeline results (types only) into HTML, charts and tables" },
  "data-dictionary.ts": { rank: 8, why: "the data dictionary, generated from every pipeline's schemas" },
  "results-json-schemas.ts": { rank: 8, why: "JSON Schemas of the pipelines' results files" },
  "index.ts": { rank: 9, why: "the browser-safe public API" },
  jobs: { rank: 10, why: "Node orchestration: a job's inputs, linking in memory, report files, charts" },
  app: { rank: 10, why: "the browser app (fgc app): page, Web Worker, jobs on the browser-safe layers" },
  "node.ts": { rank: 11, why: "the Node-only public API (fgc-toolkit/node)" },
  cli: { rank: 12, why: "the commands: options, exit codes, terminal output" },
};

/** Layers that may import node:* modules and other Node-side layers; every other one runs in a browser. */
const NODE_LAYERS = new Set(["io/node", "jobs", "node.ts", "cli"]);

/** Packages that need Node (a native addon, the terminal): like node:* modules, Node layers only. */
const NODE_ONLY_PACKAGES = new Set(["@resvg/resvg-js", "commander", "cli-progress"]);

/** Layers whose results report/ may read only as types, so a chart never recomputes a number. */
const REPORT_TYPE_ONLY_FROM = new Set([
  "stats",
  "disclosure",
  "link",
  "outcomes",
  "trial",
  "areas",
  "returns",
]);

/** Value imports report/ may make from those layers, each with its reason. */
const REPORT_VALUE_IMPORTS: Record<string, string> = {
  "stats/references.ts": "the bibliography is data (authors, titles, DOIs), not an estimator",
};

interface ImportEdge {
  /** The importing file, relative to src/ ("io/node/read-raw-file.ts"). */
  from: string;
  /** The imported file relative to src/, or the bare specifier of a package ("node:fs", "zod"). */
  to: string;
  /** True when the specifier is relative and resolves to a file of src/. */
  internal: boolean;
  /** Erased on compilation (`import type`, `export type`, all named bindings `type`, import types). */
  typeOnly: boolean;
}

/** The module specifiers of one source file, each with whether only types are taken from it. */
function specifiersOf(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const allTypes =
        node.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((e) => e.isTypeOnly));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The .ts files under `srcDir` and their import edges; a relative specifier that names no file fails. */
function importGraph(srcDir: string): { files: string[]; edges: ImportEdge[] } {
  const edges: ImportEdge[] = [];
  const paths = tsFiles(srcDir);
  for (const path of paths) {
    const from = slash(relative(srcDir, path));
    for (const { specifier, typeOnly } of specifiersOf(path, readFileSync(path, "utf8"))) {
      if (!specifier.startsWith(".")) {
        edges.push({ from, to: specifier, internal: false, typeOnly });
        continue;
      }
      const target = resolve(dirname(path), specifier.replace(/\.js$/, ".ts"));
      const to = slash(relative(srcDir, target));
      // Outside src/ (run-cli.ts reads ../package.json for the version): not a layer of the code.
      if (to.startsWith("../")) continue;
      if (!existsSync(target)) throw new Error(`${from}: import "${specifier}" names no file of src/`);
      edges.push({ from, to, internal: true, typeOnly });
    }
  }
  return { files: paths.map((path) => slash(relative(srcDir, path))), edges };
}

/** The layer a file of src/ belongs to: its top folder, io/node for the Node file layer, or the top-level file itself. */
function layerOf(file: string): string {
  if (file.startsWith("io/node/")) return "io/node";
  const slashAt = file.indexOf("/");
  return slashAt < 0 ? file : file.slice(0, slashAt);
}

/** Every edge that breaks the layering, as one line each naming both files and the rule. */
function layerViolations(
  edges: ImportEdge[],
  ranks: Record<string, { rank: number }> = LAYER_RANKS,
  nodeLayers: Set<string> = NODE_LAYERS,
): string[] {
  const problems: string[] = [];
  const isBuiltin = (s: string) => s.startsWith("node:") || builtinModules.includes(s.split("/")[0] ?? s);
  const packageOf = (s: string) =>
    s
      .split("/")
      .slice(0, s.startsWith("@") ? 2 : 1)
      .join("/");
  for (const edge of edges) {
    const fromLayer = layerOf(edge.from);
    const from = ranks[fromLayer];
    if (!from) {
      problems.push(`${edge.from}: layer "${fromLayer}" is not in the rank table`);
      continue;
    }
    if (!edge.internal) {
      if (isBuiltin(edge.to) && !nodeLayers.has(fromLayer))
        problems.push(
          `${edge.from} -> ${edge.to}: Node built-in in ${fromLayer}/, which must run in a browser`,
        );
      else if (NODE_ONLY_PACKAGES.has(packageOf(edge.to)) && !nodeLayers.has(fromLayer))
        problems.push(
          `${edge.from} -> ${edge.to}: Node-only package in ${fromLayer}/, which must run in a browser`,
        );
      continue;
    }
    const toLayer = layerOf(edge.to);
    if (toLayer === fromLayer) continue;
    const to = ranks[toLayer];
    if (!to) {
      problems.push(`${edge.to}: layer "${toLayer}" is not in the rank table`);
      continue;
    }
    if (to.rank > from.rank)
      problems.push(
        `${edge.from} -> ${edge.to}: upward import (${fromLayer} ${from.rank} -> ${toLayer} ${to.rank})`,
      );
    else if (to.rank === from.rank)
      problems.push(
        `${edge.from} -> ${edge.to}: ${fromLayer} and ${toLayer} share rank ${to.rank} and do not import each other`,
      );
    if (nodeLayers.has(toLayer) && !nodeLayers.has(fromLayer))
      problems.push(`${edge.from} -> ${edge.to}: browser-safe ${fromLayer} imports Node-only ${toLayer}`);
    if (
      fromLayer === "report" &&
      REPORT_TYPE_ONLY_FROM.has(toLayer) &&
      !edge.typeOnly &&
      !(edge.to in REPORT_VALUE_IMPORTS)
    )
      problems.push(
        `${edge.from} -> ${edge.to}: report/ takes only types from ${toLayer}/, never a computation`,
      );
  }
  return problems;
}

/** Each import cycle among the files, as its files in order with the first repeated at the end. */
function importCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.internal) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's strongly connected components; a component of two or more files (or a file that
  // imports itself) holds a cycle, printed as one path around it.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = new Set<string>();
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      component.add(w);
      if (w === v) break;
    }
    if (component.size > 1 || (next.get(v) ?? []).includes(v)) cycles.push(pathAround(v, component, next));
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return cycles;
}

/** A shortest path from `start` back to itself inside one strongly connected component (breadth first). */
function pathAround(start: string, component: Set<string>, next: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] as string;
    for (const w of next.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u: string | undefined = v; u !== undefined && u !== start; u = cameFrom.get(u))
          path.unshift(u);
        return [start, ...path];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function slash(path: string): string {
  return path.split("\\").join("/");
}

const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({
  from,
  to,
  internal: !to.startsWith("node:") && to.includes(".ts"),
  typeOnly,
});

describe("import graph of src/", () => {
  const { files, edges } = importGraph(join(import.meta.dirname, "../../src"));

  it("the parser sees static, type, re-export, dynamic and import-type specifiers", () => {
    const text = [
      'import { a } from "./a.js";',
      'import type { B } from "./b.js";',
      'import { type C, type D } from "./cd.js";',
      'import { type E, f } from "./ef.js";',
      'import "./side-effect.js";',
      'export { g } from "./g.js";',
      'export type { H } from "./h.js";',
      'const i = await import("./i.js");',
      'let j: import("./j.js").J;',
    ].join("\n");
    expect(specifiersOf("sample.ts", text)).toEqual([
      { specifier: "./a.js", typeOnly: false },
      { specifier: "./b.js", typeOnly: true },
      { specifier: "./cd.js", typeOnly: true },
      { specifier: "./ef.js", typeOnly: false },
      { specifier: "./side-effect.js", typeOnly: false },
      { specifier: "./g.js", typeOnly: false },
      { specifier: "./h.js", typeOnly: true },
      { specifier: "./i.js", typeOnly: false },
      { specifier: "./j.js", typeOnly: true },
    ]);
  });

  it("reads the real graph: hundreds of files, their dynamic imports and the Node built-ins of the Node layers", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(new Set(edges.map((e) => e.from)).size).toBeGreaterThan(300);
    expect(edges).toContainEqual({
      from: "cli/trial.ts",
      to: "jobs/read-trial-extracts.ts",
      internal: true,
      typeOnly: false,
    });
    expect(edges.some((e) => e.from.startsWith("io/node/") && e.to === "node:fs")).toBe(true);
  });

  it("every layer in src/ is in the rank table, and every layer in the table exists", () => {
    const layers = new Set(files.map(layerOf));
    expect([...layers].filter((l) => !(l in LAYER_RANKS)).sort()).toEqual([]);
    expect(Object.keys(LAYER_RANKS).filter((l) => !layers.has(l))).toEqual([]);
  });

  it("no import goes up a layer, across layers of one rank, from browser-safe code to Node, or from report/ to an estimator", () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it("no import cycle", () => {
    expect(importCycles(edges).map((cycle) => cycle.join(" -> "))).toEqual([]);
  });

  it("the checks report an upward import, a sibling import, Node code in io/ and report/, a browser file reaching Node and report/ computing", () => {
    const fake = [
      edge("stats/mean.ts", "util/rng.ts"), // down: fine
      edge("util/rng.ts", "stats/mean.ts"), // up
      edge("trial/run.ts", "areas/run.ts"), // same rank
      edge("io/read-csv.ts", "node:fs"), // Node built-in in a browser-safe layer
      edge("io/node/read-raw-file.ts", "node:fs"), // allowed
      edge("report/png.ts", "@resvg/resvg-js"), // a native addon outside the Node layers
      edge("jobs/png-image.ts", "@resvg/resvg-js"), // allowed
      edge("report/images.ts", "vega-lite"), // a browser-safe package: fine
      edge("report/html.ts", "trial/result.ts", true), // a type: fine
      edge("report/forest.ts", "trial/itt.ts"), // a value from a pipeline
      edge("report/bibliography.ts", "stats/references.ts"), // the listed exception
    ];
    expect(layerViolations(fake)).toEqual([
      "util/rng.ts -> stats/mean.ts: upward import (util 0 -> stats 1)",
      "trial/run.ts -> areas/run.ts: trial and areas share rank 7 and do not import each other",
      "io/read-csv.ts -> node:fs: Node built-in in io/, which must run in a browser",
      "report/png.ts -> @resvg/resvg-js: Node-only package in report/, which must run in a browser",
      "report/forest.ts -> trial/itt.ts: report/ takes only types from trial/, never a computation",
    ]);
    expect(layerViolations([edge("index.ts", "io/node/file-hash.ts")])).toEqual([
      "index.ts -> io/node/file-hash.ts: browser-safe index.ts imports Node-only io/node",
    ]);
    expect(layerViolations([edge("widgets/a.ts", "util/rng.ts")])).toEqual([
      'widgets/a.ts: layer "widgets" is not in the rank table',
    ]);
  });

  it("the cycle finder prints each cycle's files, and none for a graph without one", () => {
    const fake = [
      edge("schema/issue.ts", "schema/rules.ts", true),
      edge("schema/rules.ts", "schema/issue.ts", true),
      edge("cli/a.ts", "cli/b.ts"),
      edge("cli/b.ts", "cli/c.ts"),
      edge("cli/c.ts", "cli/a.ts"),
      edge("cli/c.ts", "util/x.ts"),
      edge("util/self.ts", "util/self.ts"),
    ];
    expect(importCycles(fake).map((c) => c.join(" -> "))).toEqual([
      "cli/a.ts -> cli/b.ts -> cli/c.ts -> cli/a.ts",
      "schema/issue.ts -> schema/rules.ts -> schema/issue.ts",
      "util/self.ts -> util/self.ts",
    ]);
    expect(
      importCycles([edge("a/x.ts", "a/y.ts"), edge("a/y.ts", "a/z.ts"), edge("a/x.ts", "a/z.ts")]),
    ).toEqual([]);
  });
});
