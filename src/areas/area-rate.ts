// One published rate with its Wilson interval, or the GSS symbol that stands in for it: a rate
// on a suppressed numerator or denominator is suppressed (`c`), a zero denominator is not
// applicable (`z`), a missing count is not available (`:`).
//
// Method: Wilson (1927) score interval [wilson1927] (stats/proportions/wilson-interval.ts).
// @example areaRate(published, "202", "2023-24", areaMeasures[0], 0.95).rate
import { wilsonInterval } from "../stats/proportions/wilson-interval.js";
import type { AreaMeasure } from "./measures.js";
import { type PublishedCounts, type PublishedValue, publishedCount } from "./published-counts.js";
import type { GssSymbol } from "./return-cell.js";

export interface AreaRate {
  la: string;
  period: string;
  measure: string;
  breakdown: string;
  category: string;
  numerator: PublishedValue;
  denominator: PublishedValue;
  /** The count used as denominator (the measure's, or its fallback). */
  denominatorMeasure: string;
  rate: number | null;
  ci: [number | null, number | null];
  /** Set when the rate is not shown. */
  symbol: GssSymbol | null;
}

export function areaRate(
  published: PublishedCounts,
  la: string,
  period: string,
  measure: AreaMeasure,
  level: number,
  breakdown = "all",
  category = "all",
): AreaRate {
  const numerator = publishedCount(published, la, period, measure.numerator, breakdown, category);
  let denominatorMeasure = measure.denominator;
  let denominator = publishedCount(published, la, period, measure.denominator, breakdown, category);
  if (denominator === ":" && measure.fallbackDenominator) {
    denominatorMeasure = measure.fallbackDenominator;
    denominator = publishedCount(published, la, period, measure.fallbackDenominator, breakdown, category);
  }
  const base = {
    la,
    period,
    measure: measure.id,
    breakdown,
    category,
    numerator,
    denominator,
    denominatorMeasure,
  };
  const symbol = rateSymbol(numerator, denominator);
  if (symbol || typeof numerator !== "number" || typeof denominator !== "number")
    return { ...base, rate: null, ci: [null, null], symbol: symbol ?? ":" };
  const w = wilsonInterval(numerator, denominator, level);
  return { ...base, rate: w.estimate, ci: [w.ci[0], w.ci[1]], symbol: null };
}

/** @example rateSymbol(3, "c") // "c" */
export function rateSymbol(numerator: PublishedValue, denominator: PublishedValue): GssSymbol | null {
  if (numerator === "c" || denominator === "c") return "c";
  if (numerator === ":" || denominator === ":") return ":";
  if (numerator === "z" || denominator === "z" || denominator === 0) return "z";
  if (numerator > denominator) return ":";
  return null;
}
