// The pooled rate of all areas whose numerator and denominator are both published, for one
// measure and period: Σ numerators / Σ denominators with a Wilson interval. It is the funnel's
// target and the "all areas" line of benchmarks and trends. Adding only published counts means it
// reveals nothing a reader could not add up; it equals England's rate when every authority is in
// the returns and none is suppressed, and the number of areas pooled is always reported.
// @example pooledRate(rates, "2023-24", areaMeasures[0], 0.95).rate
import { wilsonInterval } from "../stats/proportions/wilson-interval.js";
import type { AreaRate } from "./area-rate.js";
import { ALL_AREAS } from "./build-disclosure-problem.js";
import type { AreaMeasure } from "./measures.js";

export function pooledRate(
  rates: readonly AreaRate[],
  period: string,
  measure: AreaMeasure,
  level: number,
): AreaRate & { areas: number } {
  let x = 0;
  let n = 0;
  let areas = 0;
  const denominators = new Set<string>();
  for (const r of rates) {
    if (
      r.period !== period ||
      r.measure !== measure.id ||
      r.breakdown !== "all" ||
      r.la === ALL_AREAS ||
      r.rate === null
    )
      continue;
    x += r.numerator as number;
    n += r.denominator as number;
    areas++;
    denominators.add(r.denominatorMeasure);
  }
  const base = {
    la: ALL_AREAS,
    period,
    measure: measure.id,
    breakdown: "all",
    category: "all",
    denominatorMeasure: [...denominators].sort().join("+") || measure.denominator,
    areas,
  };
  if (n === 0)
    return { ...base, numerator: ":", denominator: ":", rate: null, ci: [null, null], symbol: ":" };
  const w = wilsonInterval(x, n, level);
  return { ...base, numerator: x, denominator: n, rate: w.estimate, ci: [w.ci[0], w.ci[1]], symbol: null };
}
