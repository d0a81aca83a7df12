// Equity within one authority: offer and take-up by ethnicity, age band, sex and disability,
// each with its Wilson interval and the gap to the authority's own overall rate.
//
// Method: the gap p_g − p_all equals (1 − n_g/N)(p_g − p_rest), where "rest" is everyone else
// in the authority; its interval is the Miettinen–Nurminen (1985) [miettinen1985] interval of
// p_g − p_rest (stats/two-groups/risk-difference.ts) scaled by (1 − n_g/N), which respects that
// the group is part of the whole.
// Choices: only groups whose counts and the authority's `all` counts are published (the rest is
// their difference, so it reveals nothing more); a group that is the whole authority has gap 0
// and no interval.
// @example equityGaps(rates, "202", "2023-24", plan)
import { compareText } from "../util/compare-text.js";
import { breakdownCategories } from "../schema/codes/return-breakdown-codes.js";
import { riskDifference } from "../stats/two-groups/risk-difference.js";
import type { AreaRate } from "./area-rate.js";
import type { PublishedValue } from "./published-counts.js";
import { areaMeasures } from "./measures.js";
import type { AreaPlan } from "./plan.js";

export interface EquityRow {
  measure: string;
  breakdown: string;
  category: string;
  rate: number | null;
  ci: [number | null, number | null];
  numerator: PublishedValue;
  denominator: PublishedValue;
  gap: number | null;
  gapCi: [number | null, number | null];
  symbol: string | null;
}

export function equityGaps(
  rates: readonly AreaRate[],
  la: string,
  period: string,
  plan: AreaPlan,
): EquityRow[] {
  const rows: EquityRow[] = [];
  const mine = rates.filter((r) => r.la === la && r.period === period);
  for (const m of areaMeasures.filter((x) => x.equity)) {
    const all = mine.find((r) => r.measure === m.id && r.breakdown === "all");
    for (const r of mine.filter((x) => x.measure === m.id && x.breakdown !== "all")) {
      let gap: number | null = null;
      let gapCi: [number | null, number | null] = [null, null];
      if (r.rate !== null && all && all.rate !== null) {
        const xg = r.numerator as number;
        const ng = r.denominator as number;
        const xr = (all.numerator as number) - xg;
        const nr = (all.denominator as number) - ng;
        gap = r.rate - all.rate;
        if (nr > 0 && xr >= 0 && xr <= nr) {
          const w = 1 - ng / (all.denominator as number);
          const rd = riskDifference({ events: xg, n: ng }, { events: xr, n: nr }, plan.level);
          gapCi = [w * rd.ci[0], w * rd.ci[1]];
        }
      }
      rows.push({
        measure: m.id,
        breakdown: r.breakdown,
        category: r.category,
        rate: r.rate,
        ci: r.ci,
        numerator: r.numerator,
        denominator: r.denominator,
        gap,
        gapCi,
        symbol: r.symbol,
      });
    }
  }
  // Breakdowns and categories in the order of their code lists (ethnicity, age band, sex, disability).
  const breakdowns = Object.keys(breakdownCategories);
  const position = (r: EquityRow) =>
    Object.keys(breakdownCategories[r.breakdown]?.codes ?? {}).indexOf(r.category);
  return rows.sort(
    (a, b) =>
      compareText(a.measure, b.measure) ||
      breakdowns.indexOf(a.breakdown) - breakdowns.indexOf(b.breakdown) ||
      position(a) - position(b),
  );
}
