/**
 * `fgc validate`: exit codes (0 clean, 1 data errors, 2 usage), the summary lines, the reports,
 * and that no stack trace reaches the user.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runFgc } from "./run-cli-helper.js";

const fixtures = join(import.meta.dirname, "../fixtures/io");
const ssda = join(fixtures, "ssda903-good-episodes.csv");
const overlapping = join(fixtures, "ssda903-overlapping-episodes.csv");

describe("fgc validate", () => {
  it("exits 0 on a clean file and prints its row accounting", async () => {
    const run = await runFgc("validate", ssda);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("(schema: episodes)");
    expect(run.stdout).toContain("rows: 3 read = 3 accepted + 0 rejected");
    expect(run.stdout).toContain("no problems found");
  });

  it("exits 1 on data errors and prints the rule, its count and an example by row and column", async () => {
    const run = await runFgc("validate", overlapping);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error\s+episode-overlap\s+1\s+Overlapping episodes/);
    expect(run.stdout).toContain('row 3, DECOM "01/04/2021"');
    expect(run.stdout).toContain("rows: 2 read = 1 accepted + 1 rejected (episode-overlap 1)");
  });

  it("exits 0 when there are only warnings", async () => {
    const run = await runFgc("validate", join(fixtures, "ssda903-unknown-column.csv"));
    expect(run.stdout).toMatch(/warning\s+column-unknown\s+1/);
    expect(run.code).toBe(0);
  });

  it("--extract-date turns later dates into date-future errors", async () => {
    // The file's latest date is 01/03/2022; an extract dated 2021-12-31 is before it.
    const run = await runFgc("validate", ssda, "--extract-date", "2021-12-31");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("[date-future]");
    expect((await runFgc("validate", ssda, "--extract-date", "31/03/2024")).code).toBe(0);
  });

  it("--schema forces a schema, and a file that fits none is schema-unknown", async () => {
    const unknown = await runFgc("validate", join(fixtures, "schema-unknown.csv"));
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain("[schema-unknown]");
    const forced = await runFgc("validate", join(fixtures, "schema-unknown.csv"), "--schema", "episodes");
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain("[column-missing]");
  });

  it("an unreadable file reports its file-level problem only, even with --schema", async () => {
    const run = await runFgc("validate", join(fixtures, "empty.csv"), "--schema", "episodes");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("[file-empty]");
    expect(run.stdout).not.toContain("[column-missing]");
  });

  it("--max-bytes stops a file over the limit with file-too-large", async () => {
    const run = await runFgc("validate", ssda, "--max-bytes", "100");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("[file-too-large]");
    // Units: the file is about 300 bytes, under 1k (1,000 bytes) and over 0.1k.
    expect((await runFgc("validate", ssda, "--max-bytes", "1k")).code).toBe(0);
    expect((await runFgc("validate", ssda, "--max-bytes", "0.1K")).stdout).toContain("[file-too-large]");
  });

  it("writes a JSON report with every issue and the accounting", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fgc-cli-")), "report.json");
    const run = await runFgc("validate", overlapping, ssda, "--out", out);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.files).toHaveLength(2);
    expect(report.files[0].accounting).toEqual({
      read: 2,
      accepted: 1,
      rejected: 1,
      rejectedByRule: { "episode-overlap": 1 },
    });
    expect(report.files[0].issues[0]).toMatchObject({
      rule: "episode-overlap",
      row: 3,
      column: "DECOM",
      severity: "error",
    });
    expect(report.totals).toMatchObject({ files: 2, errors: 1, warnings: 0 });
  });

  it("writes a CSV report in which no cell can run as a formula", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fgc-cli-")), "report.csv");
    const run = await runFgc("validate", join(fixtures, "formula.csv"), "--schema", "episodes", "--out", out);
    expect(run.code).toBe(1);
    const lines = readFileSync(out, "utf8").split("\r\n");
    expect(lines[0]).toBe("file,row,column,value,rule,severity,message");
    // RNE "=1+2" becomes '=1+2; "-3" is a number and stays as it is.
    expect(lines.some((l) => l.includes(",RNE,'=1+2,code-unknown,error,"))).toBe(true);
    expect(lines.some((l) => l.includes(",RNE,-3,code-unknown,error,"))).toBe(true);
  });

  it.each([
    [["validate"], "missing required argument"],
    [["validate", "no-such-file.csv"], "no such file"],
    [["validate", ssda, "--schema", "nonsense"], "--schema: expected one of"],
    [["validate", ssda, "--extract-date", "31/02/2024"], "--extract-date"],
    [["validate", ssda, "--max-bytes", "lots"], "--max-bytes"],
    [["validate", ssda, "--out", "report.txt"], "--out"],
    [["frobnicate"], "unknown command"],
  ])("exits 2 on a usage error: fgc %j", async (argv, message) => {
    const run = await runFgc(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("validates XLSX (a named sheet) and JSON the same way as CSV", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-cli-"));
    const [header, ...rows] = readFileSync(ssda, "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split(","));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["read me"]);
    wb.addWorksheet("Episodes").addRows([header, ...rows]);
    await wb.xlsx.writeFile(join(dir, "episodes.xlsx"));
    const xlsx = await runFgc("validate", join(dir, "episodes.xlsx"), "--sheet", "Episodes");
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toContain("rows: 3 read = 3 accepted + 0 rejected");
    const objects = rows.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] === "" ? null : r[j]])));
    writeFileSync(join(dir, "episodes.json"), JSON.stringify(objects));
    const json = await runFgc("validate", join(dir, "episodes.json"));
    expect(json.code).toBe(0);
    expect(json.stdout).toContain("(schema: episodes)");
  });

  it("--help lists every command with examples, and exits 0", async () => {
    const run = await runFgc("--help");
    expect(run.code).toBe(0);
    for (const command of ["validate", "dictionary"]) expect(run.stdout).toContain(command);
    expect(run.stdout).toContain("Examples:");
    const sub = await runFgc("validate", "--help");
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain("--extract-date");
    expect(sub.stdout).toContain("Examples:");
  });

  it("runs as a process through bin/fgc.js with the same exit codes", async () => {
    const bin = join(import.meta.dirname, "../../bin/fgc.js");
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [bin, "validate", ssda]);
    expect(ok.stdout).toContain("no problems found");
    const bad = await exec(process.execPath, [bin, "validate", overlapping]).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("");
  });
});

describe("fgc dictionary", () => {
  it("prints the generated data dictionary", async () => {
    const run = await runFgc("dictionary");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("# Data dictionary")).toBe(true);
    expect(run.stdout).toContain("DECOM");
  });

  it("--write writes it to the path given", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fgc-cli-")), "dict.md");
    const run = await runFgc("dictionary", "--write", out);
    expect(run.code).toBe(0);
    expect(readFileSync(out, "utf8").startsWith("# Data dictionary")).toBe(true);
  });
});
