// The analysis-ready table (outcomes/analysis-table.ts) as CSV text: the trial-analysis columns
// first, then the audit columns, in ANALYSIS_COLUMNS order, then for a window beyond 365 days the
// by-year columns (schema/tables/trial-year-columns.ts); dates ISO (yyyy-mm-dd); missing values
// (censored outcomes, unknown age) blank; every cell formula-safe (io/csv-safe-cell.ts).
import { type AnalysisTable, ANALYSIS_COLUMNS } from "../outcomes/analysis-table.js";
import { formatDay } from "../util/dates.js";
import { csvSafeRows } from "../io/csv-safe-cell.js";

/**
 * The analysis-ready table as CSV text: the trial-analysis columns first, then the audit columns,
 * in ANALYSIS_COLUMNS order; dates ISO (yyyy-mm-dd); missing values blank; every cell
 * formula-safe. This is the file `fgc link` writes.
 * @example
 * ```ts
 * import { analysisTableCsv, linkExtracts, SAMPLE_LINK_KEY } from "fgc-toolkit/node";
 * const { table } = await linkExtracts("data-samples/link", { key: SAMPLE_LINK_KEY });
 * const lines = analysisTableCsv(table).split("\r\n");
 * lines[0].split(",").slice(0, 5); // => ["child_id", "family_id", "la_code", "arm", "index_date"]
 * lines.length; // => 13
 * ```
 */
export function analysisTableCsv(table: AnalysisTable): string {
  const byYear = Object.keys(table.byYear ?? {});
  const columns = [
    ...ANALYSIS_COLUMNS.map((name) => table.columns[name] as readonly (string | number | null)[]),
    ...byYear.map((name) => table.byYear?.[name] ?? []),
  ];
  const dateColumn = ANALYSIS_COLUMNS.indexOf("index_date");
  const rows: (string | number | null)[][] = [[...ANALYSIS_COLUMNS, ...byYear]];
  for (let i = 0; i < table.length; i++) {
    const row = columns.map((c) => c[i] ?? null);
    row[dateColumn] = formatDay(row[dateColumn] as number);
    rows.push(row);
  }
  return csvSafeRows(rows);
}
