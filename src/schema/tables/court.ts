// court: court proceedings from the LA's legal records, one row per child per application.
// Key: child_id + issue_date.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { courtApplicationCodes } from "../codes/court-application-codes.js";
import { courtOrderCodes } from "../codes/court-order-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { courtDatesOrderCheck } from "./court-dates-order-check.js";
import { courtOrderIncompleteCheck } from "./court-order-incomplete-check.js";

const courtColumns = [
  column({
    name: "child_id",
    type: "id",
    required: true,
    nullable: false,
    description: "The child the application concerns (as in children).",
  }),
  column({
    name: "family_id",
    type: "id",
    required: false,
    nullable: true,
    description: "The child's family (as in children). Blank = take it from children.",
  }),
  column({
    name: "application_type",
    type: "code",
    codes: courtApplicationCodes,
    required: true,
    nullable: false,
    description: "Type of application; s31_care and s31_supervision are care proceedings.",
  }),
  column({
    name: "issue_date",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    description:
      "Date the application was issued by the court (CIN census CourtAppDate; SSD PREP012A is the letter on issue).",
  }),
  column({
    name: "court_reference",
    type: "string",
    required: false,
    nullable: true,
    description: "The court's case number. Blank = not recorded.",
  }),
  column({
    name: "final_order",
    type: "code",
    codes: courtOrderCodes,
    required: false,
    nullable: true,
    description: "The final order made; blank while proceedings continue.",
  }),
  column({
    name: "final_order_date",
    type: "date",
    required: false,
    nullable: true,
    notFuture: true,
    description: "Date of the final order (end of proceedings); blank while proceedings continue.",
  }),
] as const;

/** A parsed court row. */
export const courtProceedingSchema = rowSchemaOf(courtColumns);
/** A parsed court row: dates as whole days since 1970-01-01, blanks as `null` (inferred from the schema above). */
export type CourtProceeding = z.infer<typeof courtProceedingSchema>;

/** @example courtSpec.key // ["child_id", "issue_date"] */
export const courtSpec: TableSpec<typeof courtProceedingSchema> = {
  name: "court",
  title: "Court proceedings",
  description:
    "One row per child per court application, from the LA's legal records (no child-level national feed exists; Cafcass publishes aggregates): type, issue date, final order and its date.",
  key: ["child_id", "issue_date"],
  columns: [...courtColumns],
  rowSchema: courtProceedingSchema,
  checks: [
    duplicateKeyCheck(["child_id", "issue_date"], ["issue_date"]),
    futureDatesCheck(courtColumns),
    courtDatesOrderCheck,
    courtOrderIncompleteCheck,
  ],
};
