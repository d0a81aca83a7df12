// Checks across the cells of all returns read together: the same cell twice (`key-duplicate`),
// a numerator above its denominator (measures.ts `measureOrder`), and different periods that
// share days (`return-period-overlap`). Each issue names the file, row and column of the cell
// at fault.
import { compareText } from "../util/compare-text.js";
import type { Issue } from "../schema/issue.js";
import { measureOrder } from "./measures.js";
import { parsePeriod, periodsOverlap } from "./period.js";
import { catalogueIssue } from "../schema/issue.js";
import { cellKey, type ReturnCell } from "./return-cell.js";

/** @example checkReturnCells(cells).length // 0 for the sample returns */
export function checkReturnCells(cells: readonly ReturnCell[]): Issue[] {
  const issues: Issue[] = [];
  const byKey = new Map<string, ReturnCell>();
  for (const c of cells) {
    const key = cellKey(c);
    const first = byKey.get(key);
    if (first)
      issues.push(
        catalogueIssue(
          "key-duplicate",
          c.file,
          c.row,
          "value",
          String(c.value),
          `the same cell (${c.la}, ${c.period}, ${c.breakdown} ${c.category}, ${c.measure}) is also at ${first.file} row ${first.row}`,
        ),
      );
    else byKey.set(key, c);
  }
  const largerOf = new Map<string, string[]>();
  for (const [smaller, larger] of measureOrder)
    largerOf.set(smaller, [...(largerOf.get(smaller) ?? []), larger]);
  for (const c of byKey.values()) {
    if (typeof c.value !== "number") continue;
    for (const larger of largerOf.get(c.measure) ?? []) {
      const d = byKey.get(`${c.la}|${c.period}|${c.breakdown}|${c.category}|${larger}`);
      if (d && typeof d.value === "number" && c.value > d.value)
        issues.push(
          catalogueIssue(
            "return-numerator-above-denominator",
            c.file,
            c.row,
            "value",
            String(c.value),
            `${c.measure} ${c.value} is above ${larger} ${d.value} (${d.file} row ${d.row})`,
          ),
        );
    }
  }
  const firstOfPeriod = new Map<string, ReturnCell>();
  for (const c of cells) if (!firstOfPeriod.has(c.period)) firstOfPeriod.set(c.period, c);
  const periods = [...firstOfPeriod.keys()].map((p) => parsePeriod(p)).filter((p) => p !== undefined);
  periods.sort((a, b) => a.start - b.start || compareText(a.label, b.label));
  for (let i = 0; i < periods.length; i++)
    for (let j = i + 1; j < periods.length; j++)
      if (periodsOverlap(periods[i], periods[j])) {
        const c = firstOfPeriod.get(periods[j].label) as ReturnCell;
        issues.push(
          catalogueIssue(
            "return-period-overlap",
            c.file,
            c.row,
            "period",
            c.period,
            `overlaps period ${periods[i].label}`,
          ),
        );
      }
  return issues;
}
