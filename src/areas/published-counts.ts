// The counts as published after disclosure control: a number, or a GSS symbol (`c`
// suppressed, `z` not applicable, `:` not available). Every statistic `fgc areas` reports is
// computed from these published values only (plus nothing else), so no output can reveal more
// than the suppressed tables do.
import type { SuppressionStatus } from "../disclosure/interval-bounds.js";
import { cellKey, type GssSymbol, type ReturnCell } from "./return-cell.js";

export type PublishedValue = number | GssSymbol;

export interface PublishedCounts {
  /** key (return-cell.ts cellKey, the pooled rate under la `all_areas`) -> published value */
  values: Map<string, PublishedValue>;
  /** DfE codes of the authorities, sorted. */
  las: string[];
  /** Periods, in order. */
  periods: string[];
}

/** A published count or `:` when the cell is not in any return. */
export function publishedCount(
  p: PublishedCounts,
  la: string,
  period: string,
  measure: string,
  breakdown = "all",
  category = "all",
): PublishedValue {
  return p.values.get(cellKey({ la, period, breakdown, category, measure })) ?? ":";
}

/**
 * @example publishCounts(cells, problem.values, suppression.hidden, ["2023-24"]).values.size
 */
export function publishCounts(
  cells: readonly ReturnCell[],
  publishable: ReadonlyMap<string, number>,
  hidden: ReadonlyMap<string, SuppressionStatus>,
  periods: string[],
): PublishedCounts {
  const values = new Map<string, PublishedValue>();
  const las = new Set<string>();
  // Numeric cells: only those some output shows (the disclosure problem's); a count no output
  // shows stays unpublished. Symbols (z, :) are published as read.
  for (const [k, v] of publishable) values.set(k, hidden.has(k) ? "c" : v);
  for (const c of cells) {
    las.add(c.la);
    if (typeof c.value !== "number") values.set(cellKey(c), c.value);
  }
  return { values, las: [...las].sort(), periods };
}
