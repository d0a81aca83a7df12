// Shared pieces of the area report's sections: how counts, rates, intervals and gaps are written
// (suppressed values as their GSS symbol), and the context every section builder receives.
import type { AreaResult } from "../areas/result.js";
import type { ReportBlock } from "./document.js";
import { formatPercent } from "./summarize.js";
import { formatCount } from "../util/format-count.js";

export type Rate = AreaResult["rates"][number];

export type Count = Rate["numerator"];

export const SYMBOL_NOTE =
  "c: suppressed to protect confidentiality (counts 1 to the threshold, and cells that would reveal them); z: not applicable; :: not available.";

export const POOLED = "All areas shown (pooled)";

export interface Ctx {
  r: AreaResult;
  name: (la: string | null) => string;
  pct: number;
}

/**
 * A chart with no data becomes its text alternative and its table: an empty chart tells a sighted
 * reader nothing and leaves unlabelled graphics for a screen reader.
 */
export function withoutEmptyChart(block: ReportBlock): ReportBlock[] {
  if (block.kind !== "chart") return [block];
  const values = (block.chart.spec.data as { values?: unknown[] } | undefined)?.values;
  if (!values || values.length > 0) return [block];
  const out: ReportBlock[] = [{ kind: "paragraph", text: block.chart.description }];
  if (block.chart.table) out.push({ kind: "table", table: block.chart.table });
  return out;
}

export function countText(v: Count): string {
  return typeof v === "number" ? formatCount(v) : v;
}

export function ciText(ci: [number | null, number | null]): string {
  return ci[0] === null || ci[1] === null ? "" : `${formatPercent(ci[0])} to ${formatPercent(ci[1])}`;
}

export function pointsText(x: number | null): string {
  if (x === null) return ":";
  const v = (x * 100).toFixed(1);
  return `${x > 0 ? "+" : ""}${v}`.replace("-", "−");
}

export function rateText(
  x:
    | {
        rate: number | null;
        ci: [number | null, number | null];
        symbol?: string | null;
        numerator?: Count;
        denominator?: Count;
      }
    | undefined,
  pct: number,
  withCounts = false,
): string {
  if (!x) return ":";
  if (x.rate === null) return x.symbol ?? (x.numerator === "c" || x.denominator === "c" ? "c" : ":");
  const counts =
    withCounts && x.numerator !== undefined && x.denominator !== undefined
      ? `${countsText(x.numerator, x.denominator)}; `
      : "";
  return `${formatPercent(x.rate)} (${counts}${pct}% CI ${ciText(x.ci)})`;
}

/** n/N as the report writes it: "15 of 20". @example countsText(15, 20) // "15 of 20" */
export function countsText(numerator: Count, denominator: Count): string {
  return `${countText(numerator)} of ${countText(denominator)}`;
}

export function overlapWords(
  ci: [number | null, number | null],
  value: number | null,
  what = "its interval",
): string {
  if (ci[0] === null || ci[1] === null || value === null) return "the comparison is not available";
  if (value < ci[0]) return `${what} lies wholly above ${formatPercent(value)}`;
  if (value > ci[1]) return `${what} lies wholly below ${formatPercent(value)}`;
  return `${what} includes ${formatPercent(value)}, so the difference could be chance`;
}

/**
 * The offer and take-up measures to chart: each family measure when `held` says the returns hold
 * it, else its child measure when they hold that (child-level returns carry no family counts).
 * @example offerAndTakeUp((m) => m.startsWith("child_")) // ["child_offer_rate", "child_take_up"]
 */
export function offerAndTakeUp(held: (measure: string) => boolean): string[] {
  return [
    ["family_offer_rate", "child_offer_rate"],
    ["family_take_up", "child_take_up"],
  ].map(([family, child]) => (held(family) || !held(child) ? family : child));
}
