// One authority's rates across periods, beside the pooled rate of all areas, with Wilson intervals; periods in
// time order. Rates are the published ones (area-rate.ts), so a suppressed period shows `c`.
// @example laTrend(rates, "202", ["2021-22", "2022-23", "2023-24"])
import type { AreaRate } from "./area-rate.js";
import type { PublishedValue } from "./published-counts.js";
import { ALL_AREAS } from "./build-disclosure-problem.js";

export interface TrendRow {
  measure: string;
  period: string;
  group: "la" | "all_areas";
  rate: number | null;
  ci: [number | null, number | null];
  numerator: PublishedValue;
  denominator: PublishedValue;
  symbol: string | null;
}

export function laTrend(rates: readonly AreaRate[], la: string, periods: readonly string[]): TrendRow[] {
  const rows: TrendRow[] = [];
  const index = new Map(
    rates
      .filter((r) => r.breakdown === "all" && (r.la === la || r.la === ALL_AREAS))
      .map((r) => [`${r.la}|${r.period}|${r.measure}`, r]),
  );
  const measures = [...new Set(rates.map((r) => r.measure))];
  for (const measure of measures)
    for (const period of periods)
      for (const [group, code] of [
        ["la", la],
        ["all_areas", ALL_AREAS],
      ] as const) {
        const r = index.get(`${code}|${period}|${measure}`);
        rows.push({
          measure,
          period,
          group,
          rate: r?.rate ?? null,
          ci: r?.ci ?? [null, null],
          numerator: r?.numerator ?? ":",
          denominator: r?.denominator ?? ":",
          symbol: r ? r.symbol : ":",
        });
      }
  return rows;
}
