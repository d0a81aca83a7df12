// A plan the schema refuses, described in words: each problem names the field as the plan writes
// it and, when a valid key, outcome or column is a likely typo away, suggests it.
//
//   `subgrups`: not a plan field; did you mean `subgroups`?
//   `subgroups[0].brakes`: not a subgroup field; did you mean `subgroups[0].breaks`?
//
// (A subgroup naming no column of the input is refused against the data: subgroup-checks.ts.)
//
// Unknown keys come first: a misspelt field would otherwise take its default without a word.
import type { z } from "zod";
import { nearestName } from "../util/edit-distance.js";
import { outcomeIds, planFieldNames, populationFieldNames, subgroupColumnFieldNames } from "./plan.js";

type PlanIssue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/**
 * One message for every problem the schema found in `json`, joined by "; ".
 * @example describePlanIssues({ subgrups: [] }, issues) // "`subgrups`: not a plan field; did you mean `subgroups`?"
 */
export function describePlanIssues(json: unknown, issues: readonly PlanIssue[]): string {
  const unknownFirst = [
    ...issues.filter((i) => i.code === "unrecognized_keys"),
    ...issues.filter((i) => i.code !== "unrecognized_keys"),
  ];
  return unknownFirst.flatMap((i) => describeIssue(json, i)).join("; ");
}

function describeIssue(json: unknown, issue: PlanIssue): string[] {
  if (issue.code === "unrecognized_keys") {
    const inPopulation = issue.path.length === 1 && issue.path[0] === "population";
    const inSubgroup = issue.path.length === 2 && issue.path[0] === "subgroups";
    const names = inPopulation
      ? populationFieldNames
      : inSubgroup
        ? subgroupColumnFieldNames
        : planFieldNames;
    const prefix = inSubgroup
      ? `${pathText(issue.path)}.`
      : inPopulation
        ? "population."
        : issue.path.map((k) => `${String(k)}.`).join("");
    const what = inPopulation ? "population rule" : inSubgroup ? "subgroup field" : "plan field";
    // A near miss gets its suggestion; the rest share one list of the valid names.
    const near = issue.keys.filter((k) => nearestName(k, names) !== undefined);
    const far = issue.keys.filter((k) => nearestName(k, names) === undefined);
    const messages = near.map((k) => `\`${prefix}${k}\`: not a ${what}${suggest(k, names, prefix)}`);
    if (far.length > 0)
      messages.push(
        `${far.map((k) => `\`${prefix}${k}\``).join(", ")}: ${far.length === 1 ? `not a ${what}` : `not ${what}s`}; the ${what}s are ${names.join(", ")}`,
      );
    return messages;
  }
  if (issue.code === "invalid_union" && issue.path[0] === "subgroups") {
    // A subgroup is a name or { column, breaks }: an object is described by its own problems.
    const value = valueAt(json, issue.path);
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      return (issue.errors[1] ?? []).flatMap((i) =>
        describeIssue(json, { ...i, path: [...issue.path, ...i.path] } as PlanIssue),
      );
    return [
      `\`${pathText(issue.path)}\`: expected a column name or { "column": …, "breaks": […] }, got ${JSON.stringify(value)}`,
    ];
  }
  if (issue.code === "invalid_value" && typeof valueAt(json, issue.path) === "string") {
    const value = valueAt(json, issue.path) as string;
    const field = String(issue.path[0]);
    if (field === "primary" || field === "secondary")
      return [`${field} outcome \`${value}\`: not an outcome; ${thenList(value, outcomeIds, "outcomes")}`];
    const allowed = issue.values.map(String);
    return [
      `\`${pathText(issue.path)}\` "${value}": not one of ${allowed.join(", ")}${suggest(value, allowed)}`,
    ];
  }
  return [`\`${pathText(issue.path)}\`: ${issue.message}`];
}

function suggest(name: string, candidates: readonly string[], prefix = ""): string {
  const near = nearestName(name, candidates);
  return near === undefined ? "" : `; did you mean \`${prefix}${near}\`?`;
}

/** "did you mean `x`? Outcomes: a, b, x" when a candidate is near, else "outcomes: a, b, x". */
export function thenList(name: string, candidates: readonly string[], listName: string): string {
  const near = nearestName(name, candidates);
  const list = `${listName}: ${candidates.join(", ")}`;
  return near === undefined ? list : `did you mean \`${near}\`? ${list[0].toUpperCase()}${list.slice(1)}`;
}

function valueAt(json: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = json;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** `subgroups[2]`, `population.excludeAlreadyLookedAfter`; the whole plan is `plan`. */
function pathText(path: readonly PathKey[]): string {
  if (path.length === 0) return "plan";
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : `${i > 0 ? "." : ""}${String(k)}`)).join("");
}
