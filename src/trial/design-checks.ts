// Checks that the data fit the trial's design before anything is estimated: both arms present,
// every family in one arm only (randomisation was by family), and both arms still present among
// the children analysed under the plan's population rules.
// Problems come back as Issues so the CLI reports them with the other data problems.
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
  if (data.n === 0) {
    issues.push({
      rule: "arm-missing",
      severity: "error",
      file,
      message: "no child to analyse: the input has no valid rows, so neither arm (fgc, control) has a child",
    });
  } else if (fgc === 0 || fgc === data.n) {
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

/**
 * Both arms must keep children after the plan's population rules (e.g. every child censored
 * before the window, or every child looked after on the index date, leaves nothing to compare).
 * @example checkAnalysedArms(data, population.rows, "analysis.csv", population.exclusions) // []
 */
export function checkAnalysedArms(
  data: TrialData,
  rows: Int32Array,
  file: string,
  exclusions: readonly { reason: string; rows: number }[],
): Issue[] {
  let fgc = 0;
  for (const i of rows) fgc += data.arm[i];
  const empty = fgc === 0 ? "fgc" : fgc === rows.length ? "control" : null;
  if (empty === null) return [];
  const why = exclusions.map((e) => `${e.rows} ${e.reason}`).join("; ");
  return [
    {
      rule: "arm-missing",
      severity: "error",
      file,
      column: "arm",
      message: `no child of the ${empty} arm is left to analyse under the plan's population rules${why ? ` (excluded: ${why})` : ""}`,
    },
  ];
}
