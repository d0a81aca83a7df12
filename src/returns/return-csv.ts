// The FGC return as CSV in the la-return long layout, every cell formula-safe
// (io/csv-safe-cell.ts): what `fgc return` writes and the browser app offers, the same bytes.
import { csvSafeRows } from "../io/csv-safe-cell.js";
import type { ReturnResult } from "./result.js";

/** @example returnCsv(result).split("\n")[0] // "la_code,period,breakdown,category,measure,value" */
export function returnCsv(result: ReturnResult): string {
  const rows: (string | number)[][] = [["la_code", "period", "breakdown", "category", "measure", "value"]];
  for (const r of result.rows) rows.push([r.la_code, r.period, r.breakdown, r.category, r.measure, r.value]);
  return csvSafeRows(rows, "\n");
}
