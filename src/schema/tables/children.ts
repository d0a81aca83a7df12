// children: one row per child, supplied by the LA from its case-management system (or built from
// the SSDA903 Header / CIN census ChildIdentifiers). Key: child_id.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { laCodeCheck } from "../checks/la-code-check.js";
import { ethnicityCodes } from "../codes/ethnicity-codes.js";
import { sexCodes } from "../codes/sex-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";

const childColumns = [
  column({
    name: "child_id",
    type: "id",
    required: true,
    nullable: false,
    description:
      "The LA's identifier of the child (or its pseudonym); the same id as CHILD in the 903 episodes and child_id elsewhere.",
  }),
  column({
    name: "family_id",
    type: "id",
    required: true,
    nullable: false,
    description:
      "Identifier of the child's family (siblings entering pre-proceedings together share it); the unit of randomisation.",
  }),
  column({
    name: "la_code",
    type: "string",
    required: true,
    nullable: false,
    description: "The responsible local authority as a 9-character GSS code (e.g. E06000022).",
  }),
  column({
    name: "dob",
    type: "date",
    required: false,
    nullable: true,
    notFuture: true,
    description:
      "Date of birth. Blank for an unborn child; give age_at_index_years instead when the date may not be shared.",
  }),
  column({
    name: "age_at_index_years",
    type: "number",
    required: false,
    nullable: true,
    min: 0,
    max: 25,
    description:
      "Age at the index date in years (decimals allowed; 0 for an unborn child). Used only when dob is blank; default: derived from dob.",
  }),
  column({
    name: "sex",
    type: "code",
    codes: sexCodes,
    required: false,
    nullable: true,
    description:
      "Sex: M, F or U; the 903's older 1 (male) and 2 (female) are accepted and read as M and F. Blank = not recorded.",
  }),
  column({
    name: "ethnicity",
    type: "code",
    codes: ethnicityCodes,
    required: false,
    nullable: true,
    description: "Ethnicity, DfE code (GROM is read as WROM). Blank = not recorded (prefer NOBT).",
  }),
  column({
    name: "disability",
    type: "boolean",
    required: false,
    nullable: true,
    description:
      "Whether the child has a disability recorded (yes/no, Y/N, 1/0, true/false). Blank = not recorded.",
  }),
] as const;

/** A parsed children row. */
export const childSchema = rowSchemaOf(childColumns);
/** A parsed children row: dates as whole days since 1970-01-01, blanks as `null` (inferred from the schema above). */
export type Child = z.infer<typeof childSchema>;

/** @example childrenSpec.key // ["child_id"] */
export const childrenSpec: TableSpec<typeof childSchema> = {
  name: "children",
  title: "Children",
  description:
    "One row per child: identifiers, family, LA and baseline characteristics. Supplied by the LA from its case-management system or derived from the SSDA903 Header / CIN census child identifiers.",
  key: ["child_id"],
  columns: [...childColumns],
  rowSchema: childSchema,
  checks: [duplicateKeyCheck(["child_id"]), laCodeCheck("la_code"), futureDatesCheck(childColumns)],
};
