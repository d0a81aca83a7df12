// CONSORT flow (Schulz et al. 2010): local authorities, families and children randomised and
// analysed by arm, with every exclusion and its reason, and how many referred families held a
// conference.
import { compareText } from "../util/compare-text.js";
import type { Consort } from "./result.js";
import type { TrialData } from "./trial-data.js";

/** `analysed[i]` says whether child i is in the primary analysis; `reasons[i]` why not. */
export function consortFlow(data: TrialData, analysed: boolean[], reasons: (string | null)[]): Consort {
  const counts = (keep: (i: number) => boolean, arm: 0 | 1) => {
    const las = new Set<number>();
    const families = new Set<number>();
    let children = 0;
    for (let i = 0; i < data.n; i++) {
      if (data.arm[i] !== arm || !keep(i)) continue;
      las.add(data.la[i]);
      families.add(data.family[i]);
      children++;
    }
    return { localAuthorities: las.size, families: families.size, children };
  };
  const all = () => true;
  const inAnalysis = (i: number) => analysed[i];
  const excluded = new Map<
    string,
    { arm: "fgc" | "control"; reason: string; rule: string; children: number }
  >();
  for (let i = 0; i < data.n; i++) {
    if (analysed[i]) continue;
    const arm = data.arm[i] === 1 ? "fgc" : "control";
    const reason = reasons[i] ?? "excluded";
    const key = `${arm}|${reason}`;
    const e = excluded.get(key) ?? { arm, reason, rule: ruleFor(reason), children: 0 };
    e.children++;
    excluded.set(key, e);
  }
  const heldFamilies = new Set<number>();
  let heldChildren = 0;
  for (let i = 0; i < data.n; i++) {
    if (data.arm[i] === 1 && data.fgcHeld[i] === 1) {
      heldFamilies.add(data.family[i]);
      heldChildren++;
    }
  }
  return {
    randomised: { fgc: counts(all, 1), control: counts(all, 0) },
    analysed: { fgc: counts(inAnalysis, 1), control: counts(inAnalysis, 0) },
    excluded: [...excluded.values()].sort(
      (a, b) => compareText(a.arm, b.arm) || compareText(a.reason, b.reason),
    ),
    conferenceHeld: { children: heldChildren, families: heldFamilies.size },
  };
}

function ruleFor(reason: string): string {
  if (reason.startsWith("primary outcome missing")) return "outcome-missing";
  if (reason.startsWith("looked after")) return "already-looked-after";
  return "excluded";
}
