/**
 * two_by_two.* cases: input { a, n1, c, n0, level }, group 1 exposed (a of n1), group 0 the
 * comparator (c of n0).
 */
import type { Estimate } from "../../../src/stats/estimate.js";
import { fisherExact } from "../../../src/stats/two-groups/fisher-exact.js";
import type { GroupCounts } from "../../../src/stats/two-groups/group-counts.js";
import { oddsRatio } from "../../../src/stats/two-groups/odds-ratio.js";
import { oddsRatioWoolf } from "../../../src/stats/two-groups/odds-ratio-woolf.js";
import { pearsonChiSquare } from "../../../src/stats/two-groups/pearson-chi-square.js";
import { riskDifference } from "../../../src/stats/two-groups/risk-difference.js";
import { riskDifferenceWald } from "../../../src/stats/two-groups/risk-difference-wald.js";
import { riskRatio } from "../../../src/stats/two-groups/risk-ratio.js";
import { riskRatioKatz } from "../../../src/stats/two-groups/risk-ratio-katz.js";
import type { Adapter } from "./types.js";

interface TableInput {
  a: number;
  n1: number;
  c: number;
  n0: number;
  level?: number;
}

type TwoGroupFn = (exposed: GroupCounts, comparator: GroupCounts, level: number) => Estimate;

function limits(fn: TwoGroupFn): Adapter {
  return (i: TableInput) => {
    const e = fn({ events: i.a, n: i.n1 }, { events: i.c, n: i.n0 }, i.level ?? 0.95);
    return { estimate: e.estimate, lower: e.ci[0], upper: e.ci[1] };
  };
}

export const twoByTwoAdapters: Record<string, Adapter> = {
  "two_by_two.fisher_exact": (i: TableInput) => {
    const f = fisherExact({ events: i.a, n: i.n1 }, { events: i.c, n: i.n0 }, i.level ?? 0.95);
    return { p: f.p, or_conditional_mle: f.estimate, or_lower: f.ci[0], or_upper: f.ci[1] };
  },
  "two_by_two.fisher_exact_one_sided": (i: TableInput & { alternative: "less" | "greater" }) => {
    const f = fisherExact({ events: i.a, n: i.n1 }, { events: i.c, n: i.n0 }, i.level ?? 0.95, {
      alternative: i.alternative,
    });
    return { p: f.p, or_lower: f.ci[0], or_upper: f.ci[1] };
  },
  "two_by_two.chi_square": (i: TableInput) => {
    const t = pearsonChiSquare({ events: i.a, n: i.n1 }, { events: i.c, n: i.n0 });
    return { statistic: t.statistic, p: t.p, statistic_yates: t.statisticYates, p_yates: t.pYates };
  },
  "two_by_two.risk_ratio_log": limits(riskRatioKatz),
  "two_by_two.odds_ratio_woolf": limits(oddsRatioWoolf),
  "two_by_two.risk_difference_wald": limits(riskDifferenceWald),
  "two_by_two.risk_difference_miettinen_nurminen": limits((e, c, l) => riskDifference(e, c, l)),
  "two_by_two.risk_difference_mee": limits((e, c, l) => riskDifference(e, c, l, { variance: "mee" })),
  "two_by_two.risk_ratio_miettinen_nurminen": limits(riskRatio),
  "two_by_two.odds_ratio_miettinen_nurminen": limits(oddsRatio),
};
