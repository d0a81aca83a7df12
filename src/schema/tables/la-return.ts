// la-return: the LA's aggregate FGC return in long format, one count per row.
// Key: la_code + period + breakdown + category + measure.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { laCodeCheck } from "../checks/la-code-check.js";
import { breakdownCategories, returnBreakdownCodes } from "../codes/return-breakdown-codes.js";
import { returnMeasureCodes } from "../codes/return-measure-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { returnCategoryCheck } from "./return-category-check.js";
import { returnCategorySpellingCheck } from "./return-category-spelling-check.js";
import { returnOfferedAboveEnteringCheck } from "./return-offered-above-entering-check.js";
import { returnPeriodCheck } from "./return-period-check.js";
import { returnStageOrderCheck } from "./return-stage-order-check.js";
import { returnValueCheck } from "./return-value-check.js";

/** "all for all; white, mixed, … for ethnicity; …", from the breakdowns' code lists. */
function categoriesText(): string {
  return Object.entries(breakdownCategories)
    .map(([b, list]) => `${Object.keys(list.codes).join(", ")} for ${b}`)
    .join("; ");
}

const laReturnColumns = [
  column({
    name: "la_code",
    type: "string",
    required: true,
    nullable: false,
    description:
      "The reporting LA: the DfE 3-digit code (the CIN census LEA, as fgc return writes it, e.g. 202) or the 9-character GSS code (e.g. E09000007).",
  }),
  column({
    name: "period",
    type: "string",
    required: true,
    nullable: false,
    description:
      "Financial year the families and children entered pre-proceedings, written yyyy-yy (e.g. 2023-24 = 1 April 2023 to 31 March 2024).",
  }),
  column({
    name: "breakdown",
    type: "code",
    codes: returnBreakdownCodes,
    spellingWarned: true,
    required: true,
    nullable: false,
    description:
      "How the count is broken down; family measures appear under all only. Other spellings (Age band, ETHNICITY) are read with a warning (code-spelling).",
  }),
  column({
    name: "category",
    type: "string",
    required: true,
    nullable: false,
    description: `Category within the breakdown: ${categoriesText()}. Other spellings (another case, spaces or hyphens for underscores, or a list's alias: WHITE, under 1, 1-4, 16+, Y, disabled) are read as the code with a warning (code-spelling).`,
  }),
  column({
    name: "measure",
    type: "code",
    codes: returnMeasureCodes,
    spellingWarned: true,
    required: true,
    nullable: false,
    description:
      "What is counted. Other spellings (another case, children_offered_fgc for children_offered_fgdm) are read with a warning (code-spelling).",
  }),
  column({
    name: "value",
    type: "string",
    required: true,
    nullable: false,
    description:
      "A count (whole number ≥ 0; 0 is a true zero) or a GSS symbol: c = suppressed (counts 1–5, and secondary suppression), z = not applicable, : = not available (e.g. the 12-month outcomes of a group none of whose children has yet been followed for 12 months). Kept as text so symbols survive; read counts with returnCount().",
  }),
] as const;

/** A parsed la-return row. */
export const laReturnRowSchema = rowSchemaOf(laReturnColumns);
/** A parsed la-return row: dates as whole days since 1970-01-01, blanks as `null` (inferred from the schema above). */
export type LaReturnRow = z.infer<typeof laReturnRowSchema>;

/** @example laReturnSpec.key // ["la_code", "period", "breakdown", "category", "measure"] */
export const laReturnSpec: TableSpec<typeof laReturnRowSchema> = {
  name: "la-return",
  title: "LA aggregate FGC return",
  description:
    "The local authority's aggregate FGC return in long format: one row per LA, period, breakdown, category and measure. Counts of families and children entering pre-proceedings in the period, offered an FGC, accepting, having a conference, and children's 12-month outcomes; small counts suppressed as the DfE publishes (1–5 as c). The national template was not published, so measures and breakdowns are the toolkit's.",
  key: ["la_code", "period", "breakdown", "category", "measure"],
  columns: [...laReturnColumns],
  rowSchema: laReturnRowSchema,
  checks: [
    duplicateKeyCheck(["la_code", "period", "breakdown", "category", "measure"]),
    laCodeCheck("la_code", { dfe: true }),
    returnPeriodCheck,
    returnCategoryCheck,
    returnCategorySpellingCheck,
    returnValueCheck,
    returnOfferedAboveEnteringCheck,
    returnStageOrderCheck,
  ],
};
