// The baseline table: each characteristic by arm (mean and SD, or count and percentage) with the
// standardised difference (Austin 2009), not a p-value: in a randomised trial baseline
// differences are chance by construction, and the question is their size.
import { compareText } from "../util/compare-text.js";
import { standardisedDifference } from "../stats/means/standardised-difference.js";
import type { BaselineRow } from "./result.js";
import { AGE_ORDER, ageBand } from "./subgroups.js";
import type { TrialData } from "./trial-data.js";

export function baselineTable(data: TrialData, rows: ArrayLike<number>): BaselineRow[] {
  const byArm = (arm: 0 | 1) => Array.from(rows).filter((i) => data.arm[i] === arm);
  const fgc = byArm(1);
  const control = byArm(0);
  const out: BaselineRow[] = [];
  // Age: continuous.
  const ages = (ix: number[]) => ix.map((i) => data.age[i]).filter(Number.isFinite);
  const summary = (xs: number[]) => {
    const n = xs.length;
    const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, n);
    const sd = n > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
    return { n, mean, sd };
  };
  const a1 = ages(fgc);
  const a0 = ages(control);
  out.push({
    variable: "Age (years)",
    level: null,
    fgc: summary(a1),
    control: summary(a0),
    smd: smd(a1, a0),
  });
  // Categorical characteristics: one row per level.
  const categorical: [string, (i: number) => string | null][] = [
    ["Age band", (i) => ageBand(data.age[i])],
    ["Sex", (i) => data.sex[i]],
    ["Ethnicity", (i) => data.ethnicity[i]],
    [
      "Disability",
      (i) => (Number.isNaN(data.disability[i]) ? null : data.disability[i] === 1 ? "yes" : "no"),
    ],
  ];
  for (const [variable, value] of categorical) {
    const levels = [
      ...new Set(Array.from(rows, (i) => value(i)).filter((v): v is string => v !== null)),
    ].sort((a, b) =>
      variable === "Age band" ? AGE_ORDER.indexOf(a) - AGE_ORDER.indexOf(b) : compareText(a, b),
    );
    // Each arm's children with the characteristic recorded, and how many have each level: one
    // pass over the rows rather than one per level.
    const tally = (ix: number[]) => {
      const byLevel = new Map<string, number>();
      let known = 0;
      for (const i of ix) {
        const v = value(i);
        if (v === null) continue;
        known++;
        byLevel.set(v, (byLevel.get(v) ?? 0) + 1);
      }
      return (level: string) => ({ events: byLevel.get(level) ?? 0, n: known });
    };
    const count1 = tally(fgc);
    const count0 = tally(control);
    for (const level of levels) {
      const c1 = count1(level);
      const c0 = count0(level);
      out.push({
        variable,
        level,
        fgc: { n: c1.n, count: c1.events, percent: c1.n ? c1.events / c1.n : 0 },
        control: { n: c0.n, count: c0.events, percent: c0.n ? c0.events / c0.n : 0 },
        smd: c1.n && c0.n ? finite(standardisedDifference(c1, c0).estimate) : null,
      });
    }
  }
  return out;
}

function smd(x1: number[], x0: number[]): number | null {
  if (x1.length < 2 || x0.length < 2) return null;
  return finite(standardisedDifference(x1, x0).estimate);
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
