// Every load accounts for its rows: read = accepted + rejected, and each rejected row is counted
// under exactly one rule (its first error), so the counts by rule add up to `rejected`.
import type { RuleId } from "../schema/rules.js";

export interface RowAccounting {
  /** Data rows read from the file (header and wholly blank rows excluded). */
  read: number;
  accepted: number;
  rejected: number;
  /** Rejected rows by the first error-severity rule that hit each; sums to `rejected`. */
  rejectedByRule: Partial<Record<RuleId, number>>;
  /** Rows with every cell blank, skipped as not data (not in `read`); absent when none. */
  blankRows?: number;
}

/**
 * Sum several files' accounting.
 * @example addAccounting([{ read: 2, accepted: 1, rejected: 1, rejectedByRule: { "value-type": 1 } }]).read // 2
 */
export function addAccounting(parts: readonly RowAccounting[]): RowAccounting {
  const total: RowAccounting = { read: 0, accepted: 0, rejected: 0, rejectedByRule: {} };
  for (const p of parts) {
    total.read += p.read;
    total.accepted += p.accepted;
    total.rejected += p.rejected;
    if (p.blankRows) total.blankRows = (total.blankRows ?? 0) + p.blankRows;
    for (const [rule, n] of Object.entries(p.rejectedByRule) as [RuleId, number][]) {
      total.rejectedByRule[rule] = (total.rejectedByRule[rule] ?? 0) + n;
    }
  }
  return total;
}
