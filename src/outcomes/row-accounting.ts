// Row accounting of the analysis table: every index event read is either a row of the table or
// excluded with a reason, so `indexEventsIn = rowsOut + Σ excluded` (design.md: rows read = rows
// used + rows excluded). Flags (censored, already looked after, missing age) are counted among
// the rows out; they are not exclusions.

/** Why an index event is not a row, in the order they are checked. */
export const EXCLUSION_REASONS = [
  "index-date-missing",
  "index-event-duplicate",
  "allocation-missing",
  "allocation-conflict",
  "index-event-later",
  "index-after-extract",
] as const;

export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface AnalysisRowAccounting {
  /** Index event records read. */
  indexEventsIn: number;
  /** Distinct children among them. */
  childrenIn: number;
  /** Index events joined to an allocation with a usable date, before the follow-up check. */
  linked: number;
  /** Excluded index events by reason (every reason listed, zeros included). */
  excluded: Record<ExclusionReason, number>;
  /** Rows of the analysis table. */
  rowsOut: number;
  /** Distinct children among the rows. */
  childrenOut: number;
  /** Rows whose follow-up ends before day W (window outcomes missing). */
  censored: number;
  /** Rows of children in care on the index day. */
  alreadyLookedAfter: number;
  /** Rows without a date of birth (age missing). */
  ageMissing: number;
  /** Rows with no children record (baseline missing). */
  childRecordMissing: number;
}

/**
 * Accounting with every count at zero.
 * @example emptyAnalysisRowAccounting().excluded["allocation-missing"] // 0
 */
export function emptyAnalysisRowAccounting(): AnalysisRowAccounting {
  return {
    indexEventsIn: 0,
    childrenIn: 0,
    linked: 0,
    excluded: Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<ExclusionReason, number>,
    rowsOut: 0,
    childrenOut: 0,
    censored: 0,
    alreadyLookedAfter: 0,
    ageMissing: 0,
    childRecordMissing: 0,
  };
}
