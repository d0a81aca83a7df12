// oc3: the SSDA903 OC3 table, care leavers around their 17th to 21st birthdays.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { careLeaverAccommodationCodes } from "../codes/care-leaver-accommodation-codes.js";
import { careLeaverActivityCodes } from "../codes/care-leaver-activity-codes.js";
import { careLeaverInTouchCodes } from "../codes/care-leaver-in-touch-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DobColumn } from "./ssda903-common-columns.js";

const oc3Columns = [
  ssda903ChildColumn,
  ssda903DobColumn,
  column({
    name: "IN_TOUCH",
    type: "code",
    codes: careLeaverInTouchCodes,
    required: true,
    nullable: false,
    description: "Whether the LA was in touch with the care leaver around their birthday.",
  }),
  column({
    name: "ACTIV",
    type: "code",
    codes: careLeaverActivityCodes,
    required: true,
    nullable: true,
    description: "The care leaver's main activity; blank when not in touch.",
  }),
  column({
    name: "ACCOM",
    type: "code",
    codes: careLeaverAccommodationCodes,
    required: true,
    nullable: true,
    description: "The care leaver's accommodation and whether it is suitable; blank when not in touch.",
  }),
] as const;

/** A row of the SSDA903 OC3 table. */
export const oc3Schema = rowSchemaOf(oc3Columns);
export type Oc3 = z.infer<typeof oc3Schema>;

/** @example oc3Spec.key // ["CHILD"] */
export const oc3Spec: TableSpec<typeof oc3Schema> = {
  name: "oc3",
  title: "Care leavers: OC3 (SSDA903)",
  description:
    "One row per care leaver whose 17th to 21st birthday falls in the year: in touch, main activity and accommodation (IN_TOUCH, ACTIV, ACCOM in the CHILD of the XML return).",
  key: ["CHILD"],
  columns: [...oc3Columns],
  rowSchema: oc3Schema,
  checks: [duplicateKeyCheck(["CHILD"])],
};
