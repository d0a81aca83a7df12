// Disclosure control of the return with the toolkit's one suppression routine
// (areas/disclosure.ts `suppressCounts`): counts 1 to the threshold (default 5) written `c`, and
// complementary cells hidden until no hidden count can be narrowed, from what the return
// publishes, to a range narrower than the protection (default 2, as `fgc areas`). 0 is a true
// zero and shown. What a reader of one LA's return can write down, and so the problem given to
// the routine: for each measure and breakdown the categories add up to the `all` cell (every
// child is in exactly one category), and the measures are nested in each category (offered,
// held and followed ≤ entering; proceedings, entered care and looked after ≤ followed). No
// England total is published with an LA's return. `threshold` 0 turns it all off.
import type { DisclosureProblem } from "../disclosure/disclosure-problem.js";
import { suppressCounts } from "../disclosure/suppress-counts.js";
import { DataError } from "../schema/issue.js";
import type { ReturnCount } from "./aggregate-return.js";
import { plural } from "../util/plural.js";

/** Default threshold: counts 1–5 are hidden (DfE). */
export const DEFAULT_THRESHOLD = 5;
/** Default protection: a hidden count keeps a feasible range at least 2 wide (as `fgc areas`). */
export const DEFAULT_PROTECTION = 2;

/** Pairs [smaller, larger] that hold in every category by definition. */
const NESTED: readonly [string, string][] = [
  ["children_offered_fgdm", "children_entering_pre_proceedings"],
  ["children_fgdm_held", "children_entering_pre_proceedings"],
  ["children_followed_12m", "children_entering_pre_proceedings"],
  ["children_proceedings_12m", "children_followed_12m"],
  ["children_entered_care_12m", "children_followed_12m"],
  ["children_looked_after_12m", "children_followed_12m"],
  // Family measures (breakdown all only, when a family lookup is given).
  ["families_offered_fgc", "families_entering_pre_proceedings"],
  ["families_fgc_held", "families_entering_pre_proceedings"],
  ["families_entering_pre_proceedings", "children_entering_pre_proceedings"],
  ["families_offered_fgc", "children_offered_fgdm"],
  ["families_fgc_held", "children_fgdm_held"],
];

export interface ReturnDisclosure {
  /** Per count, whether it is written `c`. */
  hidden: boolean[];
  primary: number;
  secondary: number;
  notes: string[];
}

/**
 * @example suppressReturn(counts, 5).hidden.filter(Boolean).length
 */
export function suppressReturn(
  counts: readonly ReturnCount[],
  threshold: number,
  protection = DEFAULT_PROTECTION,
): ReturnDisclosure {
  if (threshold <= 0) {
    return {
      hidden: counts.map(() => false),
      primary: 0,
      secondary: 0,
      notes: ["disclosure control off (options.threshold 0): for internal use only"],
    };
  }
  const key = (breakdown: string, category: string, measure: string) => `${breakdown}|${category}|${measure}`;
  const keys = counts.map((c) => key(c.breakdown, c.category, c.measure));
  const values = new Map(counts.map((c, i) => [keys[i], c.count]));
  const groups = new Map<string, string[]>();
  for (const c of counts) {
    if (c.breakdown === "all") continue;
    const g = `${c.measure}|${c.breakdown}`;
    groups.set(g, [...(groups.get(g) ?? []), key(c.breakdown, c.category, c.measure)]);
  }
  const sums = [...groups].map(([g, parts]) => ({
    total: key("all", "all", g.split("|")[0]),
    parts,
    exact: true,
  }));
  const orders = [];
  for (const c of counts) {
    for (const [smaller, larger] of NESTED) {
      if (c.measure !== smaller) continue;
      const big = key(c.breakdown, c.category, larger);
      if (values.has(big)) orders.push({ smaller: key(c.breakdown, c.category, smaller), larger: big });
    }
  }
  const problem = { values, sums, orders, linked: [] } as DisclosureProblem;
  const s = suppressCounts(problem, { threshold, protection: Math.min(protection, threshold) });
  if (s.unprotected.length > 0) {
    throw new DataError(
      [],
      `disclosure control could not protect ${plural(s.unprotected.length, "cell")} (${s.unprotected.slice(0, 3).join(", ")}); refusing to write the return`,
    );
  }
  return {
    hidden: keys.map((k) => s.hidden.has(k)),
    primary: s.primary,
    secondary: s.secondary,
    notes: s.notes,
  };
}
