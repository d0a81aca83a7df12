/**
 * Checks that the data fit the trial's design before anything is estimated: both arms present,
 * every family in one arm only (randomisation was by family), at least one child in analysis.
 * Problems come back as Issues so the CLI reports them with the other data problems.
 */
import type { Issue } from "../schema/issue.js";
import type { TrialData } from "./trial-data.js";

export function checkTrialDesign(data: TrialData, file: string): Issue[] {
  const issues: Issue[] = [];
  const armOf = new Map<number, number>();
  const split = new Set<number>();
  for (let i = 0; i < data.n; i++) {
    const f = data.family[i];
    const a = armOf.get(f);
    if (a === undefined) armOf.set(f, data.arm[i]);
    else if (a !== data.arm[i]) split.add(f);
  }
  for (const f of [...split].sort((a, b) => a - b)) {
    issues.push({
      rule: "family-split-across-arms",
      severity: "error",
      file,
      column: "arm",
      value: data.familyLevels[f],
      message: `family ${data.familyLevels[f]} has children in both arms, but randomisation was by family`,
    });
  }
  let fgc = 0;
  for (let i = 0; i < data.n; i++) fgc += data.arm[i];
  if (data.n > 0 && (fgc === 0 || fgc === data.n)) {
    issues.push({
      rule: "arm-missing",
      severity: "error",
      file,
      column: "arm",
      message: `every child is in the ${fgc === 0 ? "control" : "fgc"} arm; a trial needs both arms (fgc and control)`,
    });
  }
  return issues;
}
