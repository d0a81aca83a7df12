// Cells of an `la-return` (long format: la_code, period, breakdown, category, measure, value)
// from a raw table of text, checked cell by cell: known LA code, period, breakdown, category and
// measure; a value that is a whole count of at least 0 or a GSS symbol `z` or `:`. A `c` is
// refused because the comparison needs the true count. Problems come back as Issues with file,
// row and column; cross-row checks are in check-return.ts.
import type { RawTable } from "../io/raw-table.js";
import { returnMeasureCodes } from "../schema/codes/return-measure-codes.js";
import { categoryOf } from "../schema/tables/return-category-check.js";
import { spellingMessage } from "../schema/tables/return-category-spelling-check.js";
import { breakdownCategories, returnBreakdownCodes } from "../schema/codes/return-breakdown-codes.js";
import { catalogueIssue, type Issue } from "../schema/issue.js";
import { type ResolvedLa, resolveLa } from "./la-lookup.js";
import { familyOnlyMeasures, returnMeasures } from "./measures.js";
import { parsePeriod } from "./period.js";
import type { ReturnCell } from "./return-cell.js";

export const returnColumns = ["la_code", "period", "breakdown", "category", "measure", "value"] as const;

/**
 * The cells of an `la-return` table, the issues found reading it, and the rows read.
 */
export interface ReadReturnResult {
  cells: ReturnCell[];
  issues: Issue[];
  /** Rows read, and rows kept as cells. */
  rows: number;
}

/**
 * Options of readReturn.
 */
export interface ReadReturnOptions {
  /**
   * Keep an LA code that is in no list (a fictional or test LA, such as the samples' 999) as an
   * area of its own, with one `return-la-unknown-allowed` warning per code, rather than refuse it
   * (`return-la-unknown`). Default false: a mistyped code is an error, never a new area.
   */
  allowUnknownLa?: boolean;
}

/**
 * Reads the cells of an `la-return` table (long format: la_code, period, breakdown, category,
 * measure, value), checking each cell: a known LA code, period, breakdown, category and measure,
 * and a value that is a whole count of at least 0 or a GSS symbol `z` or `:` (a `c` is refused).
 * Problems come back as issues naming file, row and column. Defaults: an unknown LA code is an
 * error (`allowUnknownLa` false).
 * @example
 * ```ts
 * import { readRawFile } from "fgc-toolkit/node";
 * import { readReturn } from "fgc-toolkit";
 * const { cells, issues, rows } = readReturn(await readRawFile("data-samples/areas/return-2023-24.csv"));
 * [rows, cells.length, issues.length]; // => [21600, 21600, 0]
 * [cells[0].la, cells[0].measure, cells[0].value]; // => ["301", "families_entering_pre_proceedings", 29]
 * ```
 */
export function readReturn(raw: RawTable, options: ReadReturnOptions = {}): ReadReturnResult {
  const issues: Issue[] = [...raw.issues];
  const file = raw.file;
  const col: Record<string, (string | null)[]> = {};
  const header = raw.header.map((h) => h.trim().toLowerCase());
  for (const name of returnColumns) {
    const i = header.indexOf(name);
    if (i < 0)
      issues.push(
        catalogueIssue("column-missing", file, 1, name, undefined, `the return has no ${name} column`),
      );
    else col[name] = raw.columns[i];
  }
  if (Object.keys(col).length < returnColumns.length) return { cells: [], issues, rows: raw.length };
  const retiredSeen = new Set<string>();
  // Returns repeat the same few codes and periods on every row: parse each distinct text once.
  const laCache = new Map<string, ReturnType<typeof resolveLa>>();
  const periodCache = new Map<string, ReturnType<typeof parsePeriod>>();
  const cells: ReturnCell[] = [];
  // Other spellings (WHITE, 1-4, children_offered_fgc): one code-spelling warning per column and
  // spelling, at its first row, counting the rows that spell it so.
  const spellings = new Map<
    string,
    { row: number; column: string; text: string; code: string; rows: number }
  >();
  const spelt = (row: number, column: string, text: string, code: string | undefined) => {
    if (code === undefined || code === text) return;
    const key = `${column}\u0000${text}`;
    const seen = spellings.get(key);
    if (seen) seen.rows++;
    else spellings.set(key, { row, column, text, code, rows: 1 });
  };
  for (let i = 0; i < raw.length; i++) {
    const row = raw.rowNumbers[i];
    const text = (name: string) => col[name][i]?.trim() ?? "";
    const before = issues.length;
    const laText = text("la_code");
    if (!laCache.has(laText)) {
      const known = laText === "" ? undefined : resolveLa(laText);
      laCache.set(
        laText,
        known ?? (laText !== "" && options.allowUnknownLa ? unlistedLa(laText) : undefined),
      );
      if (!known && laText !== "" && options.allowUnknownLa)
        issues.push(
          catalogueIssue(
            "return-la-unknown-allowed",
            file,
            row,
            "la_code",
            laText,
            "in no list of authorities; kept as an area of its own, as unknown LA codes were allowed",
          ),
        );
    }
    const la = laCache.get(laText);
    if (laText === "")
      issues.push(catalogueIssue("value-missing", file, row, "la_code", laText, "no LA code"));
    else if (!la)
      issues.push(
        catalogueIssue(
          "return-la-unknown",
          file,
          row,
          "la_code",
          laText,
          "not a current or retired authority's DfE or GSS code",
        ),
      );
    else if (la.status === "retired" && !retiredSeen.has(la.dfe)) {
      retiredSeen.add(la.dfe);
      issues.push(
        catalogueIssue(
          "return-la-retired",
          file,
          row,
          "la_code",
          laText,
          `${la.name} (${la.dfe}) was replaced by ${la.successors.join(" and ")}; kept as its own area`,
        ),
      );
    }
    const periodText = text("period");
    if (!periodCache.has(periodText)) periodCache.set(periodText, parsePeriod(periodText));
    const period = periodCache.get(periodText);
    if (!period)
      issues.push(
        catalogueIssue(
          "value-format",
          file,
          row,
          "period",
          text("period"),
          "not a period like 2023-24 or 2023-04-01/2023-09-30",
        ),
      );
    const breakdown = categoryOf(returnBreakdownCodes, text("breakdown")) ?? text("breakdown").toLowerCase();
    spelt(
      row,
      "breakdown",
      text("breakdown"),
      Object.hasOwn(returnBreakdownCodes.codes, breakdown) ? breakdown : undefined,
    );
    const categories = Object.hasOwn(breakdownCategories, breakdown)
      ? breakdownCategories[breakdown]
      : undefined;
    if (!Object.hasOwn(returnBreakdownCodes.codes, breakdown) || !categories)
      issues.push(
        catalogueIssue(
          "code-unknown",
          file,
          row,
          "breakdown",
          text("breakdown"),
          `not a breakdown (${Object.keys(returnBreakdownCodes.codes).join(", ")})`,
        ),
      );
    const category = categories ? categoryOf(categories, text("category")) : undefined;
    spelt(row, "category", text("category"), category);
    if (categories && category === undefined)
      issues.push(
        catalogueIssue(
          "code-unknown",
          file,
          row,
          "category",
          text("category"),
          `not a category of ${breakdown} (${Object.keys(categories.codes).join(", ")})`,
        ),
      );
    const measure = categoryOf(returnMeasureCodes, text("measure")) ?? text("measure").toLowerCase();
    spelt(row, "measure", text("measure"), returnMeasures.includes(measure) ? measure : undefined);
    if (!returnMeasures.includes(measure))
      issues.push(
        catalogueIssue(
          "code-unknown",
          file,
          row,
          "measure",
          text("measure"),
          "not a measure of the la-return layout",
        ),
      );
    else if (familyOnlyMeasures.includes(measure) && breakdown !== "all" && categories)
      issues.push(
        catalogueIssue(
          "code-unknown",
          file,
          row,
          "breakdown",
          text("breakdown"),
          `family measure ${measure} is reported under breakdown all only`,
        ),
      );
    const value = parseValue(text("value"));
    if (value === "c")
      issues.push(
        catalogueIssue(
          "return-count-suppressed",
          file,
          row,
          "value",
          text("value"),
          "suppressed; the comparison needs the true count (write the return with fgc return --threshold 0)",
        ),
      );
    else if (value === "negative")
      issues.push(
        catalogueIssue("value-range", file, row, "value", text("value"), "a count cannot be negative"),
      );
    else if (value === undefined)
      issues.push(
        catalogueIssue(
          "value-type",
          file,
          row,
          "value",
          text("value"),
          "not a whole count or a GSS symbol (z, :)",
        ),
      );
    if (issues.length > before && issues.slice(before).some((x) => x.severity === "error")) continue;
    if (
      !la ||
      !period ||
      category === undefined ||
      typeof value === "undefined" ||
      value === "negative" ||
      value === "c"
    )
      continue;
    cells.push({ la: la.dfe, period: period.label, breakdown, category, measure, value, file, row });
  }
  for (const s of spellings.values())
    issues.push(
      catalogueIssue("code-spelling", file, s.row, s.column, s.text, spellingMessage(s.code, s.rows)),
    );
  return { cells, issues, rows: raw.length };
}

function parseValue(t: string): number | "c" | "z" | ":" | "negative" | undefined {
  if (t === "c" || t === "z" || t === ":") return t;
  if (/^-\d+$/.test(t)) return "negative";
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d+\.0+$/.test(t)) return Number(t);
  return undefined;
}

/** An LA code in no list, kept as its own current area named by its code (allowUnknownLa). */
function unlistedLa(code: string): ResolvedLa {
  const upper = code.toUpperCase();
  return { dfe: upper, gss: upper, name: code, status: "current", successors: [] };
}
