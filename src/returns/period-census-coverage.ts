// Whether the censuses supplied cover the period asked for. A census holds the children in need
// during its collection year, the financial year ending on its ReferenceDate (31 March), with
// their pre-proceedings blocks; a letter sent before that year is in it only when the child is
// still in need then. So a period that starts before the earliest census's collection year may
// miss letters, and its counts may be incomplete (`return-period-before-census`, a warning: the
// letters found are counted as usual).
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import { type DayNumber, dayFromParts, formatDay } from "../util/dates.js";
import type { ReturnPeriod } from "./return-period.js";

/** A census by its file and ReferenceDate. */
export interface CensusDate {
  file: string;
  referenceDay: DayNumber;
}

/**
 * The warning when the period starts before the earliest census's collection year, else none.
 * @example periodCensusCoverage(parseReturnPeriod("2022-23"), [{ file: "cin-2024.xml", referenceDay: 19813 }])?.rule
 *   // "return-period-before-census"
 */
export function periodCensusCoverage(
  period: ReturnPeriod,
  censuses: readonly CensusDate[],
): Issue | undefined {
  let earliest: CensusDate | undefined;
  for (const c of censuses) if (!earliest || c.referenceDay < earliest.referenceDay) earliest = c;
  if (!earliest) return undefined;
  const yearStart = collectionYearStart(earliest.referenceDay);
  if (period.firstDay >= yearStart) return undefined;
  // The censuses that would hold the period's letters: from the period's year to the year before
  // the earliest one supplied.
  const [first] = formatDay(period.firstDay).split("-").map(Number);
  const [last] = formatDay(yearStart).split("-").map(Number);
  const missing: string[] = [];
  for (let y = first; y < last; y++) missing.push(`${y}-${String((y + 1) % 100).padStart(2, "0")}`);
  const add =
    missing.length === 1
      ? `the ${missing[0]} census`
      : `the ${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]} censuses`;
  return {
    rule: "return-period-before-census",
    severity: rules["return-period-before-census"].severity,
    file: earliest.file,
    column: "ReferenceDate",
    value: formatDay(earliest.referenceDay),
    message: `${period.label} starts ${formatDay(period.firstDay)}, before the collection year of the earliest census in the folder (from ${formatDay(yearStart)}): a letter sent before then is counted only if a later census still holds its block, so counts for ${period.label} may be incomplete; add ${add}`,
  };
}

/** 1 April of the financial year holding the day (a ReferenceDate of 31 March closes its year). */
function collectionYearStart(day: DayNumber): DayNumber {
  const [y, m] = formatDay(day).split("-").map(Number);
  return dayFromParts(m >= 4 ? y : y - 1, 4, 1)!;
}
