// One authority beside all areas (pooled) and its statistical neighbours, measure by measure, in one
// period: each with its published rate and Wilson interval, and the neighbours pooled.
//
// Choices: the neighbours' pooled rate adds up only neighbours whose numerator and denominator
// are both published (a pooled total over a hidden count would be a new margin that could reveal
// it); the number pooled is reported. "all_areas" is the pooled rate of pooled-rate.ts.
// @example benchmarkLa(published, rates, "202", ["203", "204"], "2023-24", plan)
import { wilsonInterval } from "../stats/proportions/wilson-interval.js";
import type { AreaRate } from "./area-rate.js";
import type { GssSymbol } from "./return-cell.js";
import type { PublishedValue } from "./published-counts.js";
import { ALL_AREAS } from "./build-disclosure-problem.js";
import { areaMeasures } from "./measures.js";
import type { AreaPlan } from "./plan.js";

export interface BenchmarkRow {
  measure: string;
  group: "la" | "all_areas" | "neighbour" | "neighbours_pooled";
  la: string | null;
  rate: number | null;
  ci: [number | null, number | null];
  numerator: PublishedValue;
  denominator: PublishedValue;
  /** The GSS symbol shown when the rate is not (the same as in the trend and the rates). */
  symbol: GssSymbol | null;
  /** For the pooled row: neighbours with published counts, of those listed. */
  pooled?: { used: number; listed: number };
}

export function benchmarkLa(
  rates: readonly AreaRate[],
  la: string,
  neighbours: readonly string[],
  period: string,
  plan: AreaPlan,
): BenchmarkRow[] {
  const rows: BenchmarkRow[] = [];
  const index = new Map<string, AreaRate>();
  for (const r of rates)
    if (r.period === period && r.breakdown === "all") index.set(`${r.la}|${r.measure}`, r);
  const at = (code: string, measure: string) => index.get(`${code}|${measure}`);
  const row = (
    r: AreaRate | undefined,
    group: BenchmarkRow["group"],
    measure: string,
    code: string | null,
  ): BenchmarkRow => ({
    measure,
    group,
    la: code,
    rate: r?.rate ?? null,
    ci: r?.ci ?? [null, null],
    numerator: r?.numerator ?? ":",
    denominator: r?.denominator ?? ":",
    symbol: r ? r.symbol : ":",
  });
  for (const m of areaMeasures) {
    rows.push(row(at(la, m.id), "la", m.id, la));
    rows.push(row(at(ALL_AREAS, m.id), "all_areas", m.id, null));
    let x = 0;
    let n = 0;
    let used = 0;
    for (const nb of neighbours) {
      const r = at(nb, m.id);
      rows.push(row(r, "neighbour", m.id, nb));
      if (r && r.rate !== null) {
        x += r.numerator as number;
        n += r.denominator as number;
        used++;
      }
    }
    if (neighbours.length > 0) {
      const w = n > 0 ? wilsonInterval(x, n, plan.level) : null;
      rows.push({
        measure: m.id,
        group: "neighbours_pooled",
        la: null,
        rate: w ? w.estimate : null,
        ci: w ? [w.ci[0], w.ci[1]] : [null, null],
        numerator: used > 0 ? x : ":",
        denominator: used > 0 ? n : ":",
        // No neighbour with published counts: not available; published counts adding to 0: not applicable.
        symbol: used === 0 ? ":" : n === 0 ? "z" : null,
        pooled: { used, listed: neighbours.length },
      });
    }
  }
  return rows;
}
