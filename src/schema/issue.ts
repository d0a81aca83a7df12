// Problems in data are values: collected while reading and validating, reported together.
// Printed as `episodes.csv row 14, DEC "03/02/2021": ends before it starts [episode-dates-order]`.
import { displayText } from "../util/display-text.js";
import { FgcError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import { type RuleId, rules } from "./rules.js";
import type { Severity } from "./severity.js";

/**
 * One problem found in the data: the rule broken, its severity and where (file, row, column, raw
 * value), with a message in the user's terms. Printed by {@link formatIssue}.
 */
export interface Issue {
  /** The rule's id in the catalogue (`rules`), e.g. `episode-dates-order`. */
  rule: RuleId;
  /** `error` rejects the row (or the file); `warning` never does. */
  severity: Severity;
  /** File name as given by the user (e.g. `episodes.csv`). */
  file: string;
  /** Row as a spreadsheet shows it: the header is row 1, the first data row is row 2. For XML, the line. */
  row?: number;
  /** Column as the file spells it (`DEC`), or an XML element. */
  column?: string;
  /** The raw text read. */
  value?: string;
  /** What is wrong, in the user's terms. */
  message: string;
}

/** Issues that stop a pipeline. */
export class DataError extends FgcError {
  readonly issues: Issue[];
  constructor(issues: Issue[], summary?: string) {
    super(
      "data",
      summary ??
        `${plural(issues.length, "problem")} in the data; first: ${issues[0] ? formatIssue(issues[0]) : "none"}`,
    );
    this.issues = issues;
  }
}

/**
 * One issue as one line: file, row (line for XML), column, the raw value quoted, the message and
 * the rule id in brackets; control characters escaped and long texts cut so a line cannot break
 * a terminal.
 * @example
 * ```ts
 * import { formatIssue } from "fgc-toolkit";
 * formatIssue({ rule: "date-unparseable", severity: "error", file: "e.csv", row: 3, column: "DEC", value: "3/13/21", message: "not a date" }); // => "e.csv row 3, DEC \"3/13/21\": not a date [date-unparseable]"
 * ```
 */
export function formatIssue(issue: Issue): string {
  const where = [displayText(issue.file, 300)];
  if (issue.row !== undefined) where.push(`${/\.xml$/i.test(issue.file) ? "line" : "row"} ${issue.row}`);
  let head = where.join(" ");
  if (issue.column !== undefined) head += `, ${displayText(issue.column, 80)}`;
  if (issue.value !== undefined) head += ` ${quotedValue(issue.value)}`;
  return `${head}: ${displayText(issue.message, 500)} [${issue.rule}]`;
}

/** Longest value echoed in a message, in characters; the files (--out) keep the whole value. */
const MAX_SHOWN_VALUE = 80;

/** JSON quoting escapes C0 controls, quotes and backslashes; displayText the rest (DEL, C1, bidi). */
function quotedValue(value: string): string {
  if (value.length <= MAX_SHOWN_VALUE) return displayText(JSON.stringify(value), Number.POSITIVE_INFINITY);
  const head = JSON.stringify(value.slice(0, MAX_SHOWN_VALUE));
  return `${displayText(head, Number.POSITIVE_INFINITY)}… (${value.length.toLocaleString("en-GB")} characters)`;
}

/**
 * An Issue of a catalogued rule, with the catalogue's severity; row, column and value only when
 * given.
 * @example catalogueIssue("value-missing", "a.csv", 3, "dob", undefined, "blank").severity // "error"
 */
export function catalogueIssue(
  rule: RuleId,
  file: string,
  row: number | undefined,
  column: string | undefined,
  value: string | undefined,
  message: string,
): Issue {
  const out: Issue = { rule, severity: rules[rule].severity, file, message };
  if (row !== undefined) out.row = row;
  if (column !== undefined) out.column = column;
  if (value !== undefined) out.value = value;
  return out;
}
