/**
 * The browser-safe surface stays browser-safe: nothing reachable from src/index.ts imports a
 * node: module or Node-only code (io/node, jobs, cli), and src/stats, src/schema and src/util import
 * nothing from Node at all (design.md, "Layers").
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../src");
const importRe = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(importRe)].map((m) => m[1]);
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith(".")) stack.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else seen.add(`pkg:${spec}`);
    }
  }
  return seen;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("public API", () => {
  it("src/index.ts reaches no node: module, io/node, jobs or cli code", () => {
    const all = [...reachable(join(root, "index.ts"))];
    expect(
      all.filter((f) => f.startsWith("pkg:node:") || /^pkg:(fs|path|os|child_process)$/.test(f)),
    ).toEqual([]);
    expect(all.filter((f) => f.includes("/io/node/") || f.includes("/jobs/") || f.includes("/cli/"))).toEqual(
      [],
    );
  });

  it.each(["stats", "schema", "util"])("src/%s imports nothing from Node", (layer) => {
    const offenders = filesUnder(join(root, layer)).filter((f) =>
      importsOf(f).some((s) => s.startsWith("node:") || ["fs", "path", "os"].includes(s)),
    );
    expect(offenders).toEqual([]);
  });

  it("src/index.ts loads and exposes the estimators", async () => {
    const api = await import("../src/index.js");
    expect(api.riskDifference({ events: 3, n: 10 }, { events: 1, n: 10 }).estimate).toBeCloseTo(0.2, 12); // 3/10 − 1/10
    expect(typeof api.runTrial).toBe("function");
  });
});
