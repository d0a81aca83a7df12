// Every `@example` ```ts block on a public export runs, and every `expr; // => value` line in it
// shows the value the code gives: JSON, numbers to the precision shown (±half a unit of the last
// digit), strings, booleans and null exactly, arrays and objects field by field (issue 15 item 2).
// "fgc-toolkit" stands for src/index.ts and "fgc-toolkit/node" for src/node.ts; a block runs from
// the repository root, so data-samples/… paths work.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgram, ENTRIES, publicExamples, repoRoot, srcRoot } from "./doc-api.js";
import { checkShown, compareShown, parseShown, runExample, toleranceOf } from "./run-example.js";

const tmpDir = join(repoRoot, "tmp", "doc-examples");
const examples = publicExamples(createProgram(Object.values(ENTRIES)), ENTRIES, srcRoot);

describe("@example blocks of the public exports", () => {
  it("there are examples to run", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [`${e.name} (${e.where})`, e] as const))("%s", async (_label, example) => {
    const values = await runExample(example.code, ENTRIES, tmpDir);
    expect(checkShown(values)).toEqual([]);
  });
});

describe("the example checker", () => {
  it("takes a number to the precision shown", () => {
    expect(toleranceOf("0.15")).toBeCloseTo(0.005, 15);
    expect(toleranceOf("150")).toBe(0.5);
    expect(toleranceOf("1.25e-3")).toBeCloseTo(5e-6, 18);
    expect(compareShown(parseShown("-0.15"), -0.15000000000000002)).toBeUndefined();
    expect(compareShown(parseShown("-0.15"), -0.156)).toMatch(/expected -0.15/);
    expect(compareShown(parseShown("[0.1, 0.2]"), [0.104, 0.196])).toBeUndefined();
    expect(compareShown(parseShown("[0.1, 0.2]"), [0.104, 0.26])).toMatch(/value\[1\]/);
    expect(compareShown(parseShown('{"a": "x", "b": null}'), { a: "x", b: null })).toBeUndefined();
    expect(compareShown(parseShown('{"a": "x"}'), { a: "x", b: 1 })).toMatch(/not shown: b/);
    expect(compareShown(parseShown("true"), 1)).toMatch(/expected true/);
  });

  it("runs a block against the entries and reports a wrong shown value, not a right one", async () => {
    const code = [
      'import { riskDifference } from "fgc-toolkit";',
      "const rd = riskDifference({ events: 3, n: 10 }, { events: 1, n: 10 });",
      "rd.estimate; // => 0.2",
      "rd.estimate; // => 0.25",
      'typeof rd.ci; // => "object"',
    ].join("\n");
    const failures = checkShown(await runExample(code, ENTRIES, tmpDir));
    expect(failures.map((f) => [f.line, f.shown])).toEqual([[4, "0.25"]]);
  });

  it("a block without shown values must still run without throwing", async () => {
    const code =
      'import { riskDifference } from "fgc-toolkit";\nriskDifference({ events: 11, n: 10 }, { events: 1, n: 10 });';
    await expect(runExample(code, ENTRIES, tmpDir)).rejects.toThrow(/events/);
  });
});
