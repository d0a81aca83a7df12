// Codes valid only in some collection years (a list's `validity`: PLACE K3 from 2024-25, H5, P2
// and Z1 until 2024-25, Z11–Z14 from 2025-26; SEX 1/2 until 2023-24, M/F/U from 2024-25), checked
// against the collection year each row belongs to (domain.md §1.3, §1.7).
//
// Choices: the year is the one the user gives (`context.collectionYear`); failing that, the year
// of the row's latest date among `yearColumns` (an episode is coded as in the year it reaches:
// DEC, else DECOM); a row with none of them (an open episode) takes the table's latest such date,
// the year the file was returned for. A table without such dates (the Header) is checked only
// when the year is given, since nothing in it says which year's codes it should use. Collection
// years run 1 April to 31 March.
import { formatDay } from "../../util/dates.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnSpec, ColumnTable, CrossRowCheck } from "../table.js";
import { columnOf, issueAt } from "./table-access.js";

/**
 * @example codeYearCheck(episodeColumns, ["DECOM", "DEC"]).run(table, { collectionYear: 2025 })
 */
export function codeYearCheck(columns: readonly ColumnSpec[], yearColumns: readonly string[]): CrossRowCheck {
  const coded = columns.filter((c) => c.type === "code" && c.codes?.validity !== undefined);
  return {
    rule: "code-year",
    run(table: ColumnTable, context: CheckContext): Issue[] {
      if (coded.length === 0) return [];
      const rowYear = rowYears(table, yearColumns, context.collectionYear);
      if (rowYear === undefined) return [];
      const issues: Issue[] = [];
      for (const column of coded) {
        const validity = column.codes!.validity!;
        const values = columnOf(table, column.name);
        for (let i = 0; i < table.length; i++) {
          const v = values[i];
          if (typeof v !== "string") continue;
          const range = validity[v];
          const year = rowYear[i];
          if (range === undefined || (year >= range[0] && year <= range[1])) continue;
          issues.push(
            issueAt(
              "code-year",
              table,
              i,
              column.name,
              v,
              `not a ${column.name} code of ${yearLabel(year)} (${context.collectionYear === undefined ? "the year of the row's latest date" : "the collection year given"}); ${v} is valid ${rangeText(range)}`,
            ),
          );
        }
      }
      return issues;
    },
  };
}

/**
 * The collection year (its start year) of a day number: 1 April to 31 March.
 * @example collectionYearOf(20089) // 2024 (01/01/2025 is in 2024-25)
 */
export function collectionYearOf(day: number): number {
  const [y, m] = formatDay(day).split("-").map(Number);
  return m >= 4 ? y : y - 1;
}

/** @example yearLabel(2024) // "2024-25" */
export function yearLabel(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

function rowYears(
  table: ColumnTable,
  yearColumns: readonly string[],
  given: number | undefined,
): number[] | undefined {
  if (given !== undefined) return new Array<number>(table.length).fill(given);
  const latest = new Array<number>(table.length).fill(Number.NEGATIVE_INFINITY);
  let tableLatest = Number.NEGATIVE_INFINITY;
  for (const name of yearColumns) {
    const values = columnOf(table, name);
    for (let i = 0; i < table.length; i++) {
      const v = values[i];
      if (typeof v === "number" && v > latest[i]) latest[i] = v;
      if (typeof v === "number" && v > tableLatest) tableLatest = v;
    }
  }
  if (tableLatest === Number.NEGATIVE_INFINITY) return undefined;
  return latest.map((d) => collectionYearOf(d === Number.NEGATIVE_INFINITY ? tableLatest : d));
}

function rangeText([from, to]: [number, number]): string {
  if (from <= 0) return `until ${yearLabel(to)}`;
  if (to >= 9999) return `from ${yearLabel(from)}`;
  return `from ${yearLabel(from)} to ${yearLabel(to)}`;
}
