// The terminal summary of `fgc validate` for one file: row accounting, counts by rule and the
// first examples of each rule, printed as formatIssue prints them.
import { compareText } from "../util/compare-text.js";
import { formatIssue } from "../schema/issue.js";
import { type RuleId, rules } from "../schema/rules.js";
import type { ReadTableResult } from "./validate-read.js";
import { formatCount } from "../util/format-count.js";
import { plural } from "../util/plural.js";

/**
 * Lines describing one file's result.
 * @example formatFileSummary(result, 3).join("\n")
 */
export function formatFileSummary(result: ReadTableResult, examples: number): string[] {
  const { accounting: a, issues } = result;
  const lines = [`${result.file}  (schema: ${result.schema ?? "none"})`];
  const byRule = Object.entries(a.rejectedByRule)
    .map(([rule, n]) => `${rule} ${formatCount(n)}`)
    .join(", ");
  lines.push(
    `  rows: ${formatCount(a.read)} read = ${formatCount(a.accepted)} accepted + ${formatCount(a.rejected)} rejected${byRule ? ` (${byRule})` : ""}` +
      (a.blankRows ? `; ${plural(a.blankRows, "blank row")} skipped` : ""),
  );
  if (issues.length === 0) {
    lines.push("  no problems found");
    return lines;
  }
  const groups = new Map<RuleId, typeof issues>();
  for (const issue of issues) {
    const list = groups.get(issue.rule) ?? [];
    list.push(issue);
    groups.set(issue.rule, list);
  }
  const ordered = [...groups.entries()].sort(
    ([ra, a1], [rb, b1]) =>
      severityRank(a1[0].severity) - severityRank(b1[0].severity) ||
      b1.length - a1.length ||
      compareText(ra, rb),
  );
  const width = Math.max(...ordered.map(([r]) => r.length));
  lines.push("  issues by rule:");
  for (const [rule, list] of ordered) {
    lines.push(
      `    ${list[0].severity.padEnd(7)} ${rule.padEnd(width)} ${formatCount(list.length).padStart(8)}  ${rules[rule]?.title ?? ""}`,
    );
  }
  if (examples > 0) {
    lines.push("  first examples:");
    for (const [rule, list] of ordered) {
      for (const issue of list.slice(0, examples)) lines.push(`    ${formatIssue(issue)}`);
      if (list.length > examples)
        lines.push(`    … and ${formatCount(list.length - examples)} more [${rule}]`);
    }
  }
  return lines;
}

function severityRank(s: string): number {
  return s === "error" ? 0 : 1;
}
