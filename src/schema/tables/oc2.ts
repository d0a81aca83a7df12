// oc2: the SSDA903 OC2 table, outcomes for children looked after for 12 months or more.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { sdqReasonCodes } from "../codes/sdq-reason-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DobColumn } from "./ssda903-common-columns.js";

/** A yes/no item of OC2, written 1 or 0. */
function flag<const N extends string>(name: N, description: string) {
  return column({ name, type: "boolean", required: true, nullable: true, description });
}

const oc2Columns = [
  ssda903ChildColumn,
  ssda903DobColumn,
  column({
    name: "SDQ_SCORE",
    type: "integer",
    min: 0,
    max: 40,
    required: true,
    nullable: true,
    description: "Strengths and Difficulties Questionnaire total score, 0–40; blank with an SDQ_REASON.",
  }),
  column({
    name: "SDQ_REASON",
    type: "code",
    codes: sdqReasonCodes,
    required: true,
    nullable: true,
    description: "Why no SDQ score is given; blank when there is a score.",
  }),
  flag("CONVICTED", "Convicted or subject to a final warning or reprimand in the year (1/0)."),
  flag("HEALTH_CHECK", "Health surveillance checks up to date (children under 5; 1/0)."),
  flag("IMMUNISATIONS", "Immunisations up to date (1/0)."),
  flag("TEETH_CHECK", "Teeth checked by a dentist in the year (1/0)."),
  flag("HEALTH_ASSESSMENT", "Annual health assessment up to date (1/0)."),
  flag("SUBSTANCE_MISUSE", "Identified as having a substance misuse problem in the year (1/0)."),
  flag("INTERVENTION_RECEIVED", "Received an intervention for substance misuse (1/0)."),
  flag("INTERVENTION_OFFERED", "Offered an intervention for substance misuse and refused it (1/0)."),
] as const;

/** A row of the SSDA903 OC2 table. */
export const oc2Schema = rowSchemaOf(oc2Columns);
export type Oc2 = z.infer<typeof oc2Schema>;

/** @example oc2Spec.key // ["CHILD"] */
export const oc2Spec: TableSpec<typeof oc2Schema> = {
  name: "oc2",
  title: "Outcomes for children looked after 12 months: OC2 (SSDA903)",
  description:
    "One row per child looked after continuously for 12 months at 31 March: health checks, SDQ score, convictions and substance misuse (OC2 in the HEADER of the XML return). Yes/no items are written 1 or 0.",
  key: ["CHILD"],
  columns: [...oc2Columns],
  rowSchema: oc2Schema,
  checks: [duplicateKeyCheck(["CHILD"])],
};
