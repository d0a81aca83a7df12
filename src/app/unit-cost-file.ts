// A unit-cost file among the app's chosen files (issue 17 item 2: "an analysis-ready file,
// optionally a plan and a unit-cost file"): the table `fgc trial --costs` reads, known by its
// header, so the page can list it and the trial job can pass it on as the CLI does.
import { formatFromName } from "../io/detect-format.js";
import { UNIT_COST_COLUMNS } from "../trial/costs/unit-costs.js";
import { readAppFile } from "./read-app-file.js";
import type { AppFile } from "./job-outcome.js";

/**
 * True when a header holds every column of a unit-cost file (`item, cost, unit, price_year,
 * source`), compared as parseUnitCosts compares them (trimmed, any case).
 * @example isUnitCostHeader(["item", "cost", "unit", "price_year", "source"]) // true
 */
export function isUnitCostHeader(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  return UNIT_COST_COLUMNS.every((c) => names.has(c));
}

/**
 * True when a chosen file is a unit-cost table in a format the app reads (CSV and TSV by their
 * first line; XLSX, JSON, Arrow and Parquet whole, as the file list reads them).
 * @example await isUnitCostFile({ name: "unit-costs.csv", bytes }) // true
 */
export async function isUnitCostFile(file: AppFile): Promise<boolean> {
  const format = formatFromName(file.name);
  if (format === undefined) return false;
  const cut = format === "csv" || format === "tsv" ? file.bytes.indexOf(0x0a) : -1;
  const head = cut < 0 ? file.bytes : file.bytes.subarray(0, cut + 1);
  try {
    return isUnitCostHeader((await readAppFile(head, file.name)).header);
  } catch {
    // Not readable as a table: not a unit-cost file; the trial job's reader then says why.
    return false;
  }
}
