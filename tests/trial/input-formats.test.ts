/**
 * The analysis-ready trial file reads the same from CSV, XLSX and Arrow: the pipeline gives the
 * same estimates whichever format holds the rows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { runTrial } from "../../src/trial/run.js";
import { quickPlan } from "./fixtures.js";

const csvPath = "data-samples/trial/analysis.csv";
const lines = readFileSync(csvPath, "utf8").trim().split(/\r?\n/);
const header = lines[0].split(",");
const rows = lines.slice(1, 401).map((l) => l.split(","));
const numeric = new Set([
  "age_years",
  "disability",
  "fgc_held",
  "looked_after_12m",
  "entered_care_12m",
  "proceedings_12m",
  "days_in_care_12m",
  "time_to_care_days",
  "care_event",
]);
const dir = mkdtempSync(join(tmpdir(), "fgc-formats-"));

async function estimates(path: string) {
  const { input, issues } = await readTrialInput(path, "test");
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  return runTrial(input, { ...quickPlan, bootstrapReplicates: 0, rerandomisations: 0 }).estimates;
}

describe("trial input formats", () => {
  const csv = join(dir, "trial.csv");
  writeFileSync(csv, [header.join(","), ...rows.map((r) => r.join(","))].join("\n"));

  it("reads XLSX (numbers as numbers, dates as text) to the same estimates as CSV", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("trial");
    ws.addRow(header);
    for (const r of rows)
      ws.addRow(r.map((v, j) => (numeric.has(header[j]) && v !== "" ? Number(v) : v === "" ? null : v)));
    const xlsx = join(dir, "trial.xlsx");
    await wb.xlsx.writeFile(xlsx);
    expect(await estimates(xlsx)).toEqual(await estimates(csv));
  });

  it("reads Apache Arrow IPC to the same estimates as CSV", async () => {
    const columns: Record<string, unknown> = {};
    header.forEach((h, j) => {
      const values = rows.map((r) => (r[j] === "" ? null : numeric.has(h) ? Number(r[j]) : r[j]));
      columns[h] = numeric.has(h) ? Float64Array.from(values as number[]) : values;
    });
    const arrow = join(dir, "trial.arrow");
    // biome-ignore lint/suspicious/noExplicitAny: apache-arrow's builder types are generic.
    writeFileSync(arrow, tableToIPC(tableFromArrays(columns as any), "file"));
    expect(await estimates(arrow)).toEqual(await estimates(csv));
  });
});
