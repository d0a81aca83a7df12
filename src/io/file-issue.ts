// An Issue for a whole file or one of its rows, with the severity the rule catalogue gives.
import type { Issue } from "../schema/issue.js";
import { type RuleId, rules } from "../schema/rules.js";

/** @example fileIssue("file-empty", "e.csv", "the file has no bytes").severity // "error" */
export function fileIssue(rule: RuleId, file: string, message: string, row?: number): Issue {
  const issue: Issue = { rule, severity: rules[rule].severity, file, message };
  if (row !== undefined) issue.row = row;
  return issue;
}
