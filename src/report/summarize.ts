// Plain-English lines from result objects: the headline, one-line estimates, number formats.
// Functions on results, never methods on them (house style §5).

// Counts are formatted by util/format-count.ts (the plural helper and the pipelines use it too);
// re-exported here so the report's formatters stay in one import.
import { formatCount } from "../util/format-count.js";

/** @example formatPercent(0.3527) // "35.3%" */
export function formatPercent(p: number | null, digits = 1): string {
  return p === null || !Number.isFinite(p) ? "not estimable" : `${(p * 100).toFixed(digits)}%`;
}

/** @example formatNumber(0.65079, 2) // "0.65" */
export function formatNumber(x: number | null, digits = 2): string {
  if (x === null || !Number.isFinite(x)) return "not estimable";
  return x.toFixed(digits).replace(/^-/, "−");
}

/** A p-value as journals print it. @example formatP(3.3e-6) // "p < 0.001" */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return "";
  if (p < 0.001) return "p < 0.001";
  return `p = ${p.toFixed(3)}`;
}

/** "−8.6 points (95% CI −12.2 to −5.0)" for a difference of proportions. */
export function formatPointsInterval(
  estimate: number | null,
  ci: [number | null, number | null],
  level: number,
): string {
  const pts = (x: number | null) => (x === null || !Number.isFinite(x) ? "?" : formatNumber(x * 100, 1));
  return `${pts(estimate)} points (${Math.round(level * 100)}% CI ${pts(ci[0])} to ${pts(ci[1])})`;
}

/** "0.65 (95% CI 0.54 to 0.78)" */
export function formatInterval(
  estimate: number | null,
  ci: [number | null, number | null],
  level: number,
  digits = 2,
): string {
  return `${formatNumber(estimate, digits)} (${Math.round(level * 100)}% CI ${formatNumber(ci[0], digits)} to ${formatNumber(ci[1], digits)})`;
}

export interface EstimateLike {
  estimate: number;
  ci: [number, number];
  level: number;
  method: string;
  n: number;
}

/**
 * One line for an estimate: the estimate and its interval to 3 significant digits, the method id
 * and n.
 * @example
 * ```ts
 * import { summarizeEstimate } from "fgc-toolkit";
 * summarizeEstimate({ estimate: -0.086, ci: [-0.12, -0.05], level: 0.95, method: "two_by_two.risk_difference_miettinen_nurminen", n: 2548 }); // => "−0.086 (95% CI −0.120 to −0.050), two_by_two.risk_difference_miettinen_nurminen, n = 2,548"
 * ```
 */
export function summarizeEstimate(e: EstimateLike): string {
  return `${formatNumber(e.estimate, 3)} (${Math.round(e.level * 100)}% CI ${formatNumber(e.ci[0], 3)} to ${formatNumber(e.ci[1], 3)}), ${e.method}, n = ${formatCount(e.n)}`;
}
