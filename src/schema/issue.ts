/**
 * Problems in data are values: collected while reading and validating, reported together.
 * Printed as `episodes.csv row 14, DEC "03/02/2021": ends before it starts [episode-dates-order]`.
 */
import { FgcError } from "../util/errors.js";
import type { RuleId } from "./rules.js";

export type Severity = "error" | "warning";

export interface Issue {
  rule: RuleId;
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
        `${issues.length} problem(s) in the data; first: ${issues[0] ? formatIssue(issues[0]) : "none"}`,
    );
    this.issues = issues;
  }
}

/** @example formatIssue({ rule: "date-unparseable", severity: "error", file: "e.csv", row: 3, column: "DEC", value: "3/13/21", message: "not a date" }) */
export function formatIssue(issue: Issue): string {
  const where = [issue.file];
  if (issue.row !== undefined) where.push(`${/\.xml$/i.test(issue.file) ? "line" : "row"} ${issue.row}`);
  let head = where.join(" ");
  if (issue.column !== undefined) head += `, ${issue.column}`;
  if (issue.value !== undefined) head += ` ${JSON.stringify(issue.value)}`;
  return `${head}: ${issue.message} [${issue.rule}]`;
}
