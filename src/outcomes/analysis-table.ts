// The analysis-ready table: one row per child and index event, in columns. The first sixteen
// columns are the trial file's (../shared/reference/README.md, "Trial files"); the rest are audit
// columns. Outcome columns keep the trial file's `_12m` names whatever the window W: they mean
// "within the window". Dates are day numbers (the writer formats them); window outcomes are
// `null` (missing) for censored rows.

/** Column order of the written file. */
export const ANALYSIS_COLUMNS = [
  "child_id",
  "family_id",
  "la_code",
  "arm",
  "index_date",
  "age_years",
  "sex",
  "ethnicity",
  "disability",
  "fgc_held",
  "looked_after_12m",
  "entered_care_12m",
  "proceedings_12m",
  "days_in_care_12m",
  "time_to_care_days",
  "care_event",
  "index_event_number",
  "follow_up_days",
  "censored",
  "already_looked_after",
  "proceedings_before_index",
  "placed_with_kin_12m",
  "la_disagreement",
  "family_disagreement",
  "days_in_care_foster_12m",
  "days_in_care_kin_12m",
  "days_in_care_residential_12m",
  "days_in_care_other_12m",
] as const;

export type AnalysisColumn = (typeof ANALYSIS_COLUMNS)[number];

type Flag = 0 | 1;

export interface AnalysisColumns {
  /** Pseudonymised child id. */
  child_id: string[];
  /** Pseudonymised family id (the unit of randomisation). */
  family_id: string[];
  /** LA of the index event. */
  la_code: (string | null)[];
  arm: ("fgc" | "control")[];
  /** Index date, day number. */
  index_date: number[];
  /** Age at the index date: ⌊10·(index − birth)/365.25⌋/10 years; negative before birth; null without a date of birth. */
  age_years: (number | null)[];
  /** M / F / U; U when the child has no children record or no sex recorded. */
  sex: string[];
  /** Main ethnic group; UNKNOWN when not recorded. */
  ethnicity: string[];
  /** Null (written blank, read as missing) when not recorded: a 0/1 covariate has no unknown code. */
  disability: (Flag | null)[];
  /** A held conference for the child or family dated in [index, index + W], or undated. */
  fgc_held: Flag[];
  looked_after_12m: (Flag | null)[];
  entered_care_12m: (Flag | null)[];
  proceedings_12m: (Flag | null)[];
  days_in_care_12m: (number | null)[];
  time_to_care_days: (number | null)[];
  care_event: (Flag | null)[];
  /** 1 for the child's earliest index date, 2 for the next … */
  index_event_number: number[];
  follow_up_days: number[];
  censored: Flag[];
  already_looked_after: Flag[];
  proceedings_before_index: Flag[];
  placed_with_kin_12m: (Flag | null)[];
  /** Days in care within the window by placement group (SSDA903 PLACE, domain.md §1.7); null when censored. */
  days_in_care_foster_12m: (number | null)[];
  days_in_care_kin_12m: (number | null)[];
  days_in_care_residential_12m: (number | null)[];
  days_in_care_other_12m: (number | null)[];
  la_disagreement: Flag[];
  family_disagreement: Flag[];
}

export interface AnalysisTable {
  length: number;
  columns: AnalysisColumns;
  /**
   * For a window beyond 365 days, the by-year columns (schema/tables/trial-year-columns.ts),
   * written after ANALYSIS_COLUMNS; absent for W ≤ 365.
   */
  byYear?: Record<string, (number | null)[]>;
}

/**
 * A table with every column, each preallocated to `capacity` rows (trim with `setAnalysisLength`).
 * @example emptyAnalysisTable().length // 0
 */
export function emptyAnalysisTable(capacity = 0): AnalysisTable {
  const columns = Object.fromEntries(
    ANALYSIS_COLUMNS.map((c) => [c, new Array(capacity)]),
  ) as unknown as AnalysisColumns;
  return { length: 0, columns };
}

/**
 * Set the row count, cutting every column to it.
 * @example setAnalysisLength(table, 10)
 */
export function setAnalysisLength(table: AnalysisTable, length: number): void {
  table.length = length;
  for (const c of ANALYSIS_COLUMNS) (table.columns[c] as unknown[]).length = length;
  for (const c of Object.values(table.byYear ?? {})) c.length = length;
}
