// A child-to-family lookup for `fgc return --families`: a CSV (or any table format the toolkit
// reads) with a child id column (`child_id`, `LAchildID` or `CHILD`) and a `family_id` column,
// one row per child. A child listed twice with different families is reported (`key-duplicate`)
// and the first row kept.
import type { Issue } from "../../schema/issue.js";
import { rules } from "../../schema/rules.js";
import { UsageError } from "../../util/errors.js";
import { readRawFile } from "./read-raw-file.js";

/**
 * @example const { families } = await readFamilyLookup("families.csv")
 */
export async function readFamilyLookup(
  path: string,
): Promise<{ families: Map<string, string>; issues: Issue[] }> {
  const raw = await readRawFile(path);
  const issues: Issue[] = [...raw.issues];
  const find = (names: string[]) => raw.header.findIndex((h) => names.includes(h.trim().toLowerCase()));
  const child = find(["child_id", "lachildid", "child"]);
  const family = find(["family_id"]);
  if (child < 0 || family < 0) {
    throw new UsageError(
      `--families ${path}: expected columns child_id (or LAchildID, CHILD) and family_id, got ${raw.header.join(", ") || "no header"}`,
    );
  }
  const families = new Map<string, string>();
  for (let i = 0; i < raw.length; i++) {
    const c = raw.columns[child][i];
    const f = raw.columns[family][i];
    if (c === null || f === null) continue;
    const before = families.get(c);
    if (before !== undefined && before !== f) {
      issues.push({
        rule: "key-duplicate",
        severity: rules["key-duplicate"].severity,
        file: raw.file,
        row: raw.rowNumbers[i],
        column: "family_id",
        value: f,
        message: `child ${c} is already in family ${before}; the first row is kept`,
      });
      continue;
    }
    families.set(c, f);
  }
  return { families, issues };
}
