/**
 * `fgc meta` end to end: the bundled worked example writes results.json (a golden, rewritten by
 * UPDATE_GOLDEN=1), a report that draws its forest plot in headless Chromium offline with no axe
 * violation, the chart as SVG and PNG and the tables; the same bytes on a second run; XLSX input;
 * a bad file of each kind exits 1 naming file, row, column and rule; usage errors exit 2.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { metaResultSchema } from "../../src/meta/result.js";
import { collectParts } from "../../src/report/document.js";
import { buildMetaReport } from "../../src/report/meta-report.js";
import { runFgc } from "../cli/run-cli-helper.js";
import { checkInChromium } from "./browser.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-meta-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GOLDEN = "tests/goldens/meta/results.json";
const SPEC_GOLDEN = "tests/goldens/meta/specs/forest-plot.vl.json";

describe("fgc meta on data-samples/meta/studies.csv", () => {
  const a = join(dir, "a");

  it("exits 0, prints the headline and writes results, plan, report, chart and tables", async () => {
    const run = await runFgc("meta", "data-samples/meta/studies.csv", "--out", a);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^21 studies pooled \(odds ratio, REML τ²\): \d\.\d\d \(95% CI .* prediction interval .* I² = /,
    );
    for (const f of [
      "results.json",
      "plan.json",
      "index.html",
      "charts/forest-plot.svg",
      "charts/forest-plot.png",
    ])
      expect(existsSync(join(a, f)), f).toBe(true);
    for (const t of ["forest", "pooled", "sources"])
      for (const ext of ["csv", "md"])
        expect(existsSync(join(a, "tables", `${t}.${ext}`)), `${t}.${ext}`).toBe(true);
    const text = readFileSync(join(a, "results.json"), "utf8");
    const results = metaResultSchema.parse(JSON.parse(text));
    expect(results.k).toBe(21);
    expect(results.studies.map((s) => s.study).every((s) => s.endsWith("(worked example)"))).toBe(true);
    // The terminal line is the result's numbers, as the report prints them.
    expect(run.stdout).toContain(
      `${results.pooled.estimate.toFixed(2)} (95% CI ${results.pooled.ci[0].toFixed(2)}`,
    );
    // Goldens: results.json (the tool version normalised, as tests/e2e/goldens.test.ts does) and
    // the forest plot's Vega-Lite spec, rewritten by UPDATE_GOLDEN=1 and reviewed as a diff.
    const spec = `${JSON.stringify(collectParts(buildMetaReport(results)).charts[0].spec, null, 2)}\n`;
    const normalised = text.replace(
      /("tool": \{\s*"name": "fgc-toolkit",\s*"version": )"[^"]*"/,
      '$1"<version>"',
    );
    expect(normalised).not.toBe(text);
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync("tests/goldens/meta/specs", { recursive: true });
      writeFileSync(GOLDEN, normalised);
      writeFileSync(SPEC_GOLDEN, spec);
    }
    expect(normalised).toBe(readFileSync(GOLDEN, "utf8"));
    expect(spec).toBe(readFileSync(SPEC_GOLDEN, "utf8"));
  });

  it("writes byte-identical results.json on a second run", async () => {
    const b = join(dir, "b");
    expect((await runFgc("meta", "data-samples/meta/studies.csv", "--out", b, "--no-png")).code).toBe(0);
    expect(readFileSync(join(b, "results.json"), "utf8")).toBe(readFileSync(join(a, "results.json"), "utf8"));
  });

  it("draws the forest plot in headless Chromium, offline, with no console error and no axe violation", async () => {
    const check = await checkInChromium(join(a, "index.html"));
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toBe("1/1");
    expect(check.axisLabelOverlaps).toEqual([]);
    expect(check.consoleErrors).toEqual([]);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
    const html = readFileSync(join(a, "index.html"), "utf8");
    for (const words of ["Knapp–Hartung", "prediction interval", "DerSimonian", "Riley RD", "worked example"])
      expect(html).toContain(words);
  });
});

describe("fgc meta input", () => {
  it("reads XLSX as CSV: estimates with CIs, --measure hr, --method dl", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Studies");
    const rows = readFileSync("tests/fixtures/meta/hr-intervals.csv", "utf8").trim().split("\n");
    for (const [r, line] of rows.entries())
      sheet.addRow(line.split(",").map((c, i) => (r > 0 && i >= 3 && c !== "" ? Number(c) : c)));
    await wb.xlsx.writeFile(join(dir, "hr.xlsx"));
    const xlsx = await runFgc(
      "meta",
      join(dir, "hr.xlsx"),
      "--measure",
      "hr",
      "--method",
      "dl",
      "--out",
      join(dir, "x"),
    );
    const csv = await runFgc(
      "meta",
      "tests/fixtures/meta/hr-intervals.csv",
      "--measure",
      "hr",
      "--method",
      "dl",
      "--out",
      join(dir, "c"),
    );
    expect(xlsx.code).toBe(0);
    expect(csv.code).toBe(0);
    expect(xlsx.stdout).toMatch(/^3 studies pooled \(hazard ratio, DerSimonian–Laird τ²\)/);
    const result = (d: string) => JSON.parse(readFileSync(join(dir, d, "results.json"), "utf8"));
    expect(result("x").pooled).toEqual(result("c").pooled);
  });

  // biome-ignore format: one case a line
  const bad: [file: string, extra: string[], names: RegExp][] = [
    ["upper-below-lower.csv", ["--measure", "hr"], /upper-below-lower\.csv row 3, upper "0\.5": .*\[meta-interval-order\]/],
    ["ratio-not-positive.csv", ["--measure", "hr"], /ratio-not-positive\.csv row 3, estimate "-0\.2": .*\[meta-ratio-not-positive\]/],
    ["variance-not-positive.csv", [], /variance-not-positive\.csv row 3, vi "0": .*\[meta-variance-not-positive\]/],
    ["double-zero.csv", [], /double-zero\.csv row 3, a "0": .*\[meta-double-zero\]/],
    ["mixed-kinds.csv", [], /mixed-kinds\.csv row 3, yi "0\.2": .*\[meta-input-kind\]/],
    ["one-study.csv", [], /one-study\.csv: .*\[meta-too-few-studies\]/],
    ["source-missing.csv", [], /source-missing\.csv row 3, source: .*\[value-missing\]/],
  ];
  it.each(bad)(
    "%s exits 1 naming file, row, column and rule, and writes nothing",
    async (file, extra, names) => {
      const out = join(dir, `bad-${file}`);
      const run = await runFgc("meta", `tests/fixtures/meta/${file}`, ...extra, "--out", out);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(names);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    },
  );

  it("an empty cell is a warning: 0.5 added, the study kept, exit 0", async () => {
    const run = await runFgc(
      "meta",
      "tests/fixtures/meta/zero-cell.csv",
      "--out",
      join(dir, "z"),
      "--no-png",
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: .*zero-cell\.csv row 3, a "0": .*\[meta-zero-cell\]/);
    expect(JSON.parse(readFileSync(join(dir, "z", "results.json"), "utf8")).k).toBe(2);
  });

  // biome-ignore format: one case a line
  const usage: [argv: string[], names: RegExp][] = [
    [["tests/fixtures/meta/hr-intervals.csv"], /--measure: the studies give estimates with CIs; name their measure/],
    [["data-samples/meta/studies.csv", "--measure", "hr"], /--measure: 2×2 counts give or, rr or rd, not "hr"/],
    [["data-samples/meta/studies.csv", "--method", "pm"], /argument 'pm' is invalid/],
    [["data-samples/meta/studies.csv", "--level", "95"], /--level: expected a number between 0 and 1/],
  ];
  it.each(usage)("usage error %j exits 2", async (argv, names) => {
    const run = await runFgc("meta", ...argv, "--out", join(dir, "u"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(names);
  });
});
