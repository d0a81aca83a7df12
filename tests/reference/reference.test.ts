/**
 * The reference harness: every case of every *.json in FGC_REFERENCE_DIR (default
 * ../shared/reference) and of its next/ folder (families being added), when there is one, is
 * mapped through registry.ts to a toolkit function and compared field by field with the case's
 * tolerance. An unmapped method, a missing field or a mismatch fails.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FgcError } from "../../src/util/errors.js";
import { compareExpected } from "./compare.js";
import { registry } from "./registry.js";

interface ReferenceCase {
  id: string;
  method: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
  tolerance: number;
  source?: string;
}

const dir = resolve(process.env.FGC_REFERENCE_DIR ?? join(__dirname, "../../../shared/reference"));
/** Reference files relative to `dir`: the top level, then next/ when it exists. */
function referenceFiles(sub: string): string[] {
  const at = join(dir, sub);
  if (!existsSync(at)) return [];
  return readdirSync(at)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => (sub ? `${sub}/${f}` : f));
}
const files = [...referenceFiles(""), ...referenceFiles("next")];
const tally = new Map<string, { passed: number; failed: number }>();

function record(method: string, passed: boolean): void {
  const t = tally.get(method) ?? { passed: 0, failed: 0 };
  if (passed) t.passed++;
  else t.failed++;
  tally.set(method, t);
}

function allNull(expected: Record<string, unknown>): boolean {
  return Object.values(expected).every((v) => v === null);
}

it(`finds reference files in ${dir}`, () => {
  expect(files.length).toBeGreaterThan(0);
});

it("reads every family in next/ as well as the top level", () => {
  const next = existsSync(join(dir, "next"))
    ? readdirSync(join(dir, "next")).filter((f) => f.endsWith(".json"))
    : [];
  expect(files.filter((f) => f.startsWith("next/"))).toEqual(next.sort().map((f) => `next/${f}`));
});

for (const file of files) {
  const doc = JSON.parse(readFileSync(join(dir, file), "utf8")) as { family: string; cases: ReferenceCase[] };
  describe(`${file} (${doc.family})`, () => {
    for (const c of doc.cases) {
      it(`${c.id} ${c.method}`, () => {
        const adapter = registry[c.method];
        if (!adapter) {
          record(c.method, false);
          throw new Error(
            `no toolkit function is mapped to method "${c.method}" (tests/reference/registry.ts)`,
          );
        }
        let actual: Record<string, unknown>;
        try {
          actual = adapter(c.input);
        } catch (e) {
          // A documented error stands for "not defined" only when nothing is defined.
          const ok = e instanceof FgcError && allNull(c.expected);
          record(c.method, ok);
          if (ok) return;
          throw e;
        }
        const mismatches = compareExpected(c.expected, actual, c.tolerance);
        record(c.method, mismatches.length === 0);
        expect(mismatches.slice(0, 10)).toEqual([]);
      });
    }
  });
}

afterAll(() => {
  const lines = [...tally.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([m, t]) => `  ${m.padEnd(52)} ${String(t.passed).padStart(4)} passed, ${t.failed} failed`);
  console.log(`reference vectors from ${dir}:\n${lines.join("\n")}`);
});
