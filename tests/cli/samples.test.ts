/**
 * `fgc validate` on the bundled samples: the clean set passes; the messy copy reports exactly the
 * problems data-samples/messy/expected-issues.json lists (by file, row, column and rule), exits 1,
 * and accounts for every row.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFgc } from "./run-cli-helper.js";

const samples = join(import.meta.dirname, "../../data-samples");
const csvIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => join(dir, f));

interface Expected {
  file: string;
  row?: number;
  column?: string;
  rule: string;
}

const key = (i: Expected) => `${i.file}|${i.row ?? "-"}|${i.column ?? "-"}|${i.rule}`;

describe("fgc validate on data-samples", () => {
  it("the clean samples pass with no issue and exit 0", async () => {
    const run = await runFgc("validate", ...csvIn(samples), "--extract-date", "2025-03-31");
    expect(run.stdout).toContain("0 errors, 0 warnings");
    expect(run.code).toBe(0);
  });

  it("the messy samples report exactly the seeded issues and exit 1", async () => {
    const messy = join(samples, "messy");
    const expected = JSON.parse(readFileSync(join(messy, "expected-issues.json"), "utf8")) as Expected[];
    const out = join(mkdtempSync(join(tmpdir(), "fgc-samples-")), "report.json");
    const run = await runFgc(
      "validate",
      ...csvIn(messy),
      "--extract-date",
      "2025-03-31",
      "--examples",
      "100",
      "--out",
      out,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      files: {
        file: string;
        accounting: { read: number; accepted: number; rejected: number };
        issues: Expected[];
      }[];
    };
    const found = report.files.flatMap((f) => f.issues.map((i) => key({ ...i, file: basename(i.file) })));
    expect(found.sort()).toEqual(expected.map(key).sort());
    for (const f of report.files)
      expect(f.accounting.read).toBe(f.accounting.accepted + f.accounting.rejected);
    // Each seeded issue is printed by row and column in the terminal summary too.
    for (const e of expected.filter((x) => x.row !== undefined)) {
      expect(run.stdout).toContain(`${e.file} row ${e.row}, ${e.column}`);
    }
  });
});
