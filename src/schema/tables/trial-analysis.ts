// trial-analysis: the analysis-ready child-level trial file, one row per child, with the columns
// ../shared/reference/README.md documents. Key: child_id.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { laCodeCheck } from "../checks/la-code-check.js";
import { ethnicGroupCodes } from "../codes/ethnic-group-codes.js";
import { sexCodes } from "../codes/sex-codes.js";
import { trialArmCodes } from "../codes/trial-arm-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { trialControlFgcHeldCheck } from "./trial-control-fgc-held-check.js";
import { trialFamilyMixedCheck } from "./trial-family-mixed-check.js";
import {
  trialOutcomeInconsistentCheck,
  trialOutcomeInconsistentCheckFor,
} from "./trial-outcome-inconsistent-check.js";
import { trialYearColumnSpecs } from "./trial-year-columns.js";

/** A 0/1 flag column: whole number 0 or 1 (the analysis file's own coding, kept numeric for models). */
function flag<const N extends string>(name: N, description: string) {
  return column({ name, type: "integer", required: true, nullable: false, min: 0, max: 1, description });
}

/** A 0/1 window outcome: blank when follow-up ended before the window (missing, never a silent 0). */
function outcomeFlag<const N extends string>(name: N, description: string) {
  return column({
    name,
    type: "integer",
    required: true,
    nullable: true,
    min: 0,
    max: 1,
    description: `${description} Blank when follow-up ended before day 365 (censored).`,
  });
}

/** An optional 0/1 audit column written by fgc link. */
function auditFlag<const N extends string>(name: N, description: string) {
  return column({
    name,
    type: "integer",
    required: false,
    nullable: true,
    min: 0,
    max: 1,
    description: `Optional audit column (written by fgc link): ${description}`,
  });
}

/** Days in care of one placement group within the window (fgc link; fgc trial --costs day rates). */
function placementDays<const G extends string>(group: G, words: string) {
  return column({
    name: `days_in_care_${group}_12m` as `days_in_care_${G}_12m`,
    type: "integer",
    required: false,
    nullable: true,
    min: 0,
    description: `Optional column (written by fgc link): days in care within the window in ${words}, from the SSDA903 PLACE code of each day (domain.md §1.7); the four groups add up to days_in_care_12m. Blank when censored. When all four are present, fgc trial --costs takes day rates by placement group.`,
  });
}

/**
 * The audit columns fgc link writes after the trial columns (outcomes/analysis-table.ts), optional
 * so that an evaluator's file without them is as valid.
 */
function auditColumns() {
  return [
    column({
      name: "index_event_number",
      type: "integer",
      required: false,
      nullable: true,
      min: 1,
      description:
        "Optional audit column (written by fgc link): which of the child's dated index events defines the row, 1 for the earliest. The row is the child's earliest index event whose family is allocated to one arm; later letters of the same child are excluded as index-event-later and listed in the match report, so a child has one row.",
    }),
    column({
      name: "follow_up_days",
      type: "integer",
      required: false,
      nullable: true,
      min: 0,
      description:
        "Optional audit column (written by fgc link): days from the index date to the extract date (end of follow-up).",
    }),
    auditFlag("censored", "1 if follow-up ended before the window did (window outcomes blank), else 0."),
    auditFlag(
      "already_looked_after",
      "1 if the child was looked after on the index date. The plan's population.excludeAlreadyLookedAfter drops these children.",
    ),
    auditFlag("proceedings_before_index", "1 if care proceedings were issued before the index date, else 0."),
    auditFlag(
      "placed_with_kin_12m",
      "1 if placed with family or friends (kinship) within the window, else 0; blank when censored.",
    ),
    auditFlag(
      "la_disagreement",
      "1 if the child's local authority differs between the extracts (the row keeps the index event's), else 0.",
    ),
    auditFlag(
      "family_disagreement",
      "1 if the child's family differs between the extracts (the row keeps the index event's), else 0.",
    ),
    placementDays("foster", "foster care with other foster carers (PLACE U4, U5, U6)"),
    placementDays("kin", "placed with relatives or friends (PLACE U1, U2, U3)"),
    placementDays("residential", "residential care (PLACE K1, K2, R1, S1)"),
    placementDays(
      "other",
      "any other placement (P1, A3–A6, K3, H5, P2, P3, R2, R3, R5, T0–T4, Z1, Z11–Z14, blank)",
    ),
  ] as const;
}

const trialAnalysisColumns = [
  column({
    name: "child_id",
    type: "id",
    required: true,
    nullable: false,
    description: "Child identifier (pseudonymised).",
  }),
  column({
    name: "family_id",
    type: "id",
    required: true,
    nullable: false,
    description: "Family identifier; randomisation was by family.",
  }),
  column({
    name: "la_code",
    type: "string",
    required: true,
    nullable: false,
    description: "Local authority, 9-character GSS code.",
  }),
  column({
    name: "arm",
    type: "code",
    codes: trialArmCodes,
    required: true,
    nullable: false,
    description: "Allocated arm: fgc (group 1) or control (group 0).",
  }),
  column({
    name: "index_date",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    description: "Date of the pre-proceedings letter (ISO in the reference file): day 0 of every window.",
  }),
  column({
    name: "age_years",
    type: "number",
    required: true,
    nullable: true,
    min: -1,
    max: 18,
    description:
      "Age at the index date in years, one decimal; negative for a child born after the letter (pre-birth letters); blank without a date of birth.",
  }),
  column({
    name: "sex",
    type: "code",
    codes: sexCodes,
    required: true,
    nullable: false,
    description: "Sex: M or F (U allowed; 1/2 read as M/F).",
  }),
  column({
    name: "ethnicity",
    type: "code",
    codes: ethnicGroupCodes,
    required: true,
    nullable: false,
    description:
      "Main ethnic group (WHITE, MIXED, ASIAN, BLACK, OTHER; UNKNOWN when refused or not obtained).",
  }),
  column({
    name: "disability",
    type: "integer",
    required: true,
    nullable: true,
    min: 0,
    max: 1,
    description:
      "1 if the child has a disability recorded, else 0; blank when not recorded (fgc link: no children record or no disability value), read as missing (the adjusted models use complete cases and say how many were left out).",
  }),
  flag(
    "fgc_held",
    "1 if a Family Group Conference took place, else 0 (receipt, used for the complier average causal effect).",
  ),
  outcomeFlag(
    "looked_after_12m",
    "1 if looked after on day 365 after the index date (the trial's primary outcome), else 0.",
  ),
  outcomeFlag(
    "entered_care_12m",
    "1 if the child became looked after within 365 days of the index date, else 0.",
  ),
  outcomeFlag(
    "proceedings_12m",
    "1 if care proceedings were issued within 365 days of the index date, else 0.",
  ),
  column({
    name: "days_in_care_12m",
    type: "integer",
    required: true,
    nullable: true,
    min: 0,
    max: 365,
    description:
      "Days looked after within the 365-day window (overlapping episodes counted once; short breaks excluded); blank when follow-up ended before day 365.",
  }),
  column({
    name: "time_to_care_days",
    type: "integer",
    required: true,
    nullable: false,
    min: 0,
    description:
      "Days from the index date to first entry to care, or to the end of follow-up when care_event is 0.",
  }),
  flag(
    "care_event",
    "1 if the child entered care (time_to_care_days is the entry), 0 if censored at the end of follow-up.",
  ),
  ...auditColumns(),
] as const;

/** A parsed trial-analysis row. */
export const trialAnalysisRowSchema = rowSchemaOf(trialAnalysisColumns);
/** A parsed trial-analysis row: dates as whole days since 1970-01-01, blanks as `null` (inferred from the schema above). */
export type TrialAnalysisRow = z.infer<typeof trialAnalysisRowSchema>;

/** @example trialAnalysisSpec.key // ["child_id"] */
export const trialAnalysisSpec: TableSpec<typeof trialAnalysisRowSchema> = {
  name: "trial-analysis",
  title: "Trial analysis file",
  description:
    "The analysis-ready, child-level trial file: one row per randomised child with arm, baseline characteristics and outcomes within 365 days of the index date (columns as ../shared/reference/README.md documents; 0/1 flags kept as whole numbers). Built by fgc link or supplied by an evaluator.",
  key: ["child_id"],
  columns: [...trialAnalysisColumns],
  rowSchema: trialAnalysisRowSchema,
  checks: [
    duplicateKeyCheck(["child_id"]),
    laCodeCheck("la_code"),
    futureDatesCheck(trialAnalysisColumns),
    trialOutcomeInconsistentCheck,
    trialFamilyMixedCheck,
    trialControlFgcHeldCheck,
  ],
};

/**
 * The spec for outcome columns over another window than 365 days (a folder of extracts linked in
 * memory with the plan's window): days_in_care_12m up to `window`, the outcome check over `window`,
 * and beyond 365 days the optional by-year columns (trial-year-columns.ts).
 * @example trialAnalysisSpecFor(180).checks.length // as many checks as trialAnalysisSpec
 */
export function trialAnalysisSpecFor(window: number): TableSpec<typeof trialAnalysisRowSchema> {
  if (window === 365) return trialAnalysisSpec;
  return {
    ...trialAnalysisSpec,
    columns: [
      ...trialAnalysisSpec.columns.map((c) =>
        c.name === "days_in_care_12m" || /^days_in_care_.*_12m$/.test(c.name) ? { ...c, max: window } : c,
      ),
      ...trialYearColumnSpecs(window),
    ],
    checks: trialAnalysisSpec.checks.map((c) =>
      c.rule === "trial-outcome-inconsistent" ? trialOutcomeInconsistentCheckFor(window) : c,
    ),
  };
}
