// A funnel plot of one measure in one period: every area with a published rate against the
// pooled rate of all areas shown, with exact binomial 95% and 99.8% limits and, on request, limits widened
// for overdispersion; each area flagged by the limits it falls outside.
//
// Method: Spiegelhalter (2005) [spiegelhalter2005] exact limits (stats/funnel/exact-binomial-limits.ts);
// overdispersion by Winsorised z-scores, multiplicative φ or additive τ² (Spiegelhalter 2005a §6,
// 2005b) [spiegelhalter2005b] (stats/funnel/funnel-overdispersion.ts, overdispersed-limits.ts).
// Choices: the target is the pooled rate of the areas shown (pooled-rate.ts: England's rate when
// every authority is in the returns and published; suppressed areas are left out because a total
// including them would be a margin that could reveal them); the overdispersion estimate uses the areas shown (published rates only, so it reveals nothing
// hidden) and is reported even when the limits are not widened; an area exactly on a limit is
// inside it.
// @example funnelPlot("2023-24", areaMeasures[0], rates, plan).points.length
import { exactBinomialLimits, type FunnelLimitsAtN } from "../stats/funnel/exact-binomial-limits.js";
import { funnelOverdispersion } from "../stats/funnel/funnel-overdispersion.js";
import { overdispersedLimits } from "../stats/funnel/overdispersed-limits.js";
import type { AreaRate } from "./area-rate.js";
import { ALL_AREAS } from "./build-disclosure-problem.js";
import type { AreaMeasure } from "./measures.js";
import type { AreaPlan } from "./plan.js";
import type { PublishedValue } from "./published-counts.js";

export type FunnelFlag = "above_998" | "above_95" | "within" | "below_95" | "below_998";

export interface FunnelPoint {
  la: string;
  n: number;
  events: number;
  rate: number;
  /** Outside the exact binomial limits. */
  flag: FunnelFlag;
  /** Outside the overdispersion-widened limits (same as `flag` when none are used). */
  flagAdjusted: FunnelFlag;
}

export interface FunnelPlot {
  period: string;
  measure: string;
  target: number | null;
  pooled: { numerator: PublishedValue; denominator: PublishedValue };
  points: FunnelPoint[];
  /** Limits on a grid of denominators, for drawing the funnel. */
  curve: FunnelLimitsAtN[];
  /** Widened limits on the same grid, or empty. */
  curveAdjusted: FunnelLimitsAtN[];
  overdispersion: {
    phi: number;
    tau2: number;
    statistic: number;
    df: number;
    p: number;
    fraction: number;
  } | null;
  limits: "exact" | "multiplicative" | "additive";
  notes: string[];
}

export function funnelPlot(
  period: string,
  measure: AreaMeasure,
  rates: readonly AreaRate[],
  plan: AreaPlan,
): FunnelPlot {
  const shown = rates.filter(
    (r) =>
      r.period === period &&
      r.measure === measure.id &&
      r.breakdown === "all" &&
      r.rate !== null &&
      r.la !== ALL_AREAS,
  );
  const pooled = rates.find((r) => r.period === period && r.measure === measure.id && r.la === ALL_AREAS);
  const num = pooled?.numerator ?? ":";
  const den = pooled?.denominator ?? ":";
  const notes: string[] = [];
  const base = {
    period,
    measure: measure.id,
    pooled: { numerator: num, denominator: den },
    limits: "exact" as const,
  };
  if (typeof num !== "number" || typeof den !== "number" || den === 0 || shown.length === 0) {
    notes.push("no funnel: no area's rate is published");
    return { ...base, target: null, points: [], curve: [], curveAdjusted: [], overdispersion: null, notes };
  }
  const target = num / den;
  const ns = shown.map((r) => r.denominator as number);
  const events = shown.map((r) => r.numerator as number);
  // Limits depend on n only: compute each distinct denominator once.
  const distinct = [...new Set(ns)];
  const byN = new Map(exactBinomialLimits(target, distinct).limits.map((l) => [l.n, l]));
  const exact = ns.map((n) => byN.get(n) as FunnelLimitsAtN);
  const grid = denominatorGrid(Math.min(...ns), Math.max(...ns));
  const curve = exactBinomialLimits(target, grid).limits;
  let overdispersion: FunnelPlot["overdispersion"] = null;
  let adjusted: FunnelLimitsAtN[] | null = null;
  let curveAdjusted: FunnelLimitsAtN[] = [];
  if (shown.length >= 2 && target > 0 && target < 1) {
    const od = funnelOverdispersion(events, ns, target, plan.winsorise);
    overdispersion = {
      phi: od.phi,
      tau2: od.tau2,
      statistic: od.test.statistic,
      df: od.test.df,
      p: od.test.p,
      fraction: od.fraction,
    };
    if (plan.overdispersion !== "none") {
      const kind = plan.overdispersion;
      adjusted = overdispersedLimits(target, ns, od)[kind];
      curveAdjusted = overdispersedLimits(target, grid, od)[kind];
      notes.push(
        kind === "multiplicative"
          ? `limits widened by √φ, φ = ${od.phi.toFixed(2)}`
          : `limits widened by τ² = ${od.tau2.toExponential(2)}`,
      );
    }
  } else if (plan.overdispersion !== "none")
    notes.push("overdispersion not estimated: fewer than two areas or a target of 0 or 1");
  const points: FunnelPoint[] = shown.map((r, i) => ({
    la: r.la,
    n: ns[i],
    events: events[i],
    rate: r.rate as number,
    flag: flagOf(r.rate as number, exact[i]),
    flagAdjusted: flagOf(r.rate as number, adjusted ? adjusted[i] : exact[i]),
  }));
  return {
    ...base,
    target,
    points,
    curve,
    curveAdjusted,
    overdispersion,
    limits: adjusted ? plan.overdispersion : "exact",
    notes,
  } as FunnelPlot;
}

function flagOf(rate: number, l: FunnelLimitsAtN): FunnelFlag {
  if (rate > l.upper998) return "above_998";
  if (rate > l.upper95) return "above_95";
  if (rate < l.lower998) return "below_998";
  if (rate < l.lower95) return "below_95";
  return "within";
}

/** About 40 whole denominators spread evenly on a log scale from lo to hi. */
function denominatorGrid(lo: number, hi: number): number[] {
  const a = Math.max(1, Math.floor(lo * 0.9));
  const b = Math.max(a + 1, Math.ceil(hi * 1.05));
  const out = new Set<number>();
  for (let i = 0; i <= 40; i++) out.add(Math.round(a * (b / a) ** (i / 40)));
  return [...out].sort((x, y) => x - y);
}
