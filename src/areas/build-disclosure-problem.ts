// What an attacker can write down about the counts `fgc areas` publishes, as constraints over
// cells. Only cells that some output shows are in it: the numerator and denominator of every
// rate (all measures under breakdown `all`; the equity measures under each breakdown). The
// constraints: each breakdown's categories add up to its `all` cell (exactly when they do in the
// data, as an upper bound otherwise) and a later stage never counts more than the stage it
// follows (measures.ts). Nothing is published across periods or across authorities (the pooled
// rate adds published counts only), so each authority and period is a separate problem.
// Cells of one stage chain in one row (entering, offered, held) are `linked`: disclosure.ts
// hides them together, so that sums over different measures never leave different cells hidden
// (which an attacker could combine through the stage order).
import type { DisclosureProblem, OrderConstraint, SumConstraint } from "../disclosure/disclosure-problem.js";
import { areaMeasures, measureOrder } from "./measures.js";
import { cellKey, type ReturnCell } from "./return-cell.js";

/** entering ≥ offered ≥ held, for families and for children, from the offer and take-up rates. */
const chains = [
  ["family_offer_rate", "family_take_up"],
  ["child_offer_rate", "child_take_up"],
].map(([offer, takeUp]) => {
  const o = areaMeasures.find((m) => m.id === offer);
  const t = areaMeasures.find((m) => m.id === takeUp);
  return o && t ? [o.denominator, o.numerator, t.numerator] : [];
});

/** The code standing for the pooled rate of all published areas in rates and results. */
export const ALL_AREAS = "all_areas";

/**
 * @example buildDisclosureProblem(cells).sums.length // one per authority, period, measure and breakdown
 */
export function buildDisclosureProblem(cells: readonly ReturnCell[]): DisclosureProblem {
  const values = new Map<string, number>();
  const shown = publishedMeasures();
  const published: ReturnCell[] = [];
  for (const c of cells) {
    if (typeof c.value !== "number" || !(c.breakdown === "all" ? shown.all : shown.breakdowns).has(c.measure))
      continue;
    values.set(cellKey(c), c.value);
    published.push(c);
  }
  const groups = new Map<string, { total: string; parts: string[] }>();
  for (const c of published) {
    if (c.breakdown === "all") continue;
    const total = `${c.la}|${c.period}|all|all|${c.measure}`;
    if (!values.has(total)) continue;
    const gk = `${total}|${c.breakdown}`;
    const g = groups.get(gk) ?? { total, parts: [] };
    g.parts.push(cellKey(c));
    groups.set(gk, g);
  }
  const sums: SumConstraint[] = [...groups.values()].map((g) => ({
    total: g.total,
    parts: g.parts,
    exact: g.parts.reduce((s, k) => s + (values.get(k) as number), 0) === values.get(g.total),
  }));
  const orders: OrderConstraint[] = [];
  const linked: string[][] = [];
  const largerOf = new Map<string, string[]>();
  for (const [smaller, larger] of measureOrder)
    largerOf.set(smaller, [...(largerOf.get(smaller) ?? []), larger]);
  for (const c of published) {
    const row = `${c.la}|${c.period}|${c.breakdown}|${c.category}|`;
    // Only orders that hold in these data: a violated one (reported by check-return.ts) is not
    // something an attacker could rely on, and would make the audit's bounds wrong.
    for (const larger of largerOf.get(c.measure) ?? []) {
      const v = values.get(row + larger);
      if (v !== undefined && (c.value as number) <= v)
        orders.push({ smaller: row + c.measure, larger: row + larger });
    }
    for (const chain of chains)
      if (c.measure === chain[0]) {
        const group = chain.map((m) => row + m).filter((k) => values.has(k));
        if (group.length > 1) linked.push(group);
      }
  }
  return { values, sums, orders, linked };
}

/** Count measures some output shows: under `all`, every rate's; under a breakdown, the equity rates'. */
function publishedMeasures(): { all: Set<string>; breakdowns: Set<string> } {
  const all = new Set<string>();
  const breakdowns = new Set<string>();
  for (const m of areaMeasures)
    for (const id of [m.numerator, m.denominator, m.fallbackDenominator]) {
      if (!id) continue;
      all.add(id);
      if (m.equity && id !== m.fallbackDenominator) breakdowns.add(id);
    }
  return { all, breakdowns };
}
