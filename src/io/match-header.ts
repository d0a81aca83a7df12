// Which file column feeds which schema column: names and aliases matched case-insensitively and
// ignoring surrounding spaces, so `Child`, `CHILD ` and `CHILDID` (an alias) all find `CHILD`.
import type { Issue } from "../schema/issue.js";
import type { TableSpec } from "../schema/table.js";
import { nearestName } from "../util/edit-distance.js";
import { fileIssue } from "./file-issue.js";

export interface HeaderMatch {
  /** Schema column name -> index into the file's header. */
  index: Map<string, number>;
  /** column-missing (required only), column-unknown, column-duplicate. */
  issues: Issue[];
}

/**
 * Match a header against a table spec. A schema column found twice keeps its first occurrence and
 * raises `column-duplicate` on the second; a file column the schema does not know raises
 * `column-unknown` (a warning: it is ignored); an absent required column raises `column-missing`.
 * An unknown column within a few edits of an absent one (`dobb`, `DECOMM`) is named as the column
 * it probably is: "did you mean `dob`?" (util/edit-distance.ts).
 * @example matchHeader(["child", "DECOM"], episodesSpec, "e.csv").index.get("CHILD") // 0
 */
export function matchHeader(header: readonly string[], spec: TableSpec, file: string): HeaderMatch {
  const names = headerNames(spec);
  const index = new Map<string, number>();
  const issues: Issue[] = [];
  const unknown: { j: number; issue: Issue }[] = [];
  header.forEach((h, j) => {
    const name = names.get(normaliseName(h));
    if (name === undefined) {
      const issue = fileIssue("column-unknown", file, `not a column of ${spec.name}; it will be ignored`);
      issue.column = h === "" ? `(blank, column ${j + 1})` : h;
      issues.push(issue);
      if (h !== "") unknown.push({ j, issue });
    } else if (index.has(name)) {
      const first = header[index.get(name)!];
      const issue = fileIssue(
        "column-duplicate",
        file,
        `${name} appears twice (also as ${JSON.stringify(first)})`,
      );
      issue.column = h;
      issues.push(issue);
    } else {
      index.set(name, j);
    }
  });
  // A column the file lacks and an unknown column one or two edits from it: most likely renamed.
  const absent = spec.columns.filter((c) => !index.has(c.name)).map((c) => c.name);
  const renamed = new Map<string, string>();
  for (const { j, issue } of unknown) {
    const guess = nearestName(header[j].trim(), absent);
    if (guess === undefined || renamed.has(guess)) continue;
    renamed.set(guess, header[j]);
    issue.message = `not a column of ${spec.name}; did you mean \`${guess}\`? It will be ignored`;
  }
  for (const c of spec.columns) {
    if (c.required && !index.has(c.name)) {
      const also = c.aliases?.length ? ` (or ${c.aliases.join(", ")})` : "";
      const spelt = renamed.get(c.name);
      const hint =
        spelt === undefined ? "" : `; the file has ${JSON.stringify(spelt)}: rename it to ${c.name}`;
      const issue = fileIssue("column-missing", file, `${spec.name} needs a column ${c.name}${also}${hint}`);
      issue.column = c.name;
      issues.push(issue);
    }
  }
  return { index, issues };
}

/**
 * Normalised spelling -> schema column name, for every name and alias of a spec.
 * @example headerNames(episodesSpec).get("childid") // "CHILD"
 */
export function headerNames(spec: TableSpec): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of spec.columns) names.set(normaliseName(c.name), c.name);
  for (const c of spec.columns) {
    for (const a of c.aliases ?? []) if (!names.has(normaliseName(a))) names.set(normaliseName(a), c.name);
  }
  return names;
}

/** @example normaliseName(" Child ") // "child" */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase();
}
