// previous_permanence: the SSDA903 PrevPerm table, the permanence order a child had before
// entering care.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { previousPermanenceCodes } from "../codes/previous-permanence-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DobColumn } from "./ssda903-common-columns.js";

const previousPermanenceColumns = [
  ssda903ChildColumn,
  ssda903DobColumn,
  column({
    name: "PREV_PERM",
    type: "code",
    codes: previousPermanenceCodes,
    required: true,
    nullable: true,
    description: "The permanence order the child had before this period of care.",
  }),
  column({
    name: "LA_PERM",
    type: "string",
    required: true,
    nullable: true,
    description: "The LA that made the previous permanence arrangement (its code), where known.",
  }),
  column({
    name: "DATE_PERM",
    type: "string",
    required: true,
    nullable: true,
    description:
      "Date of the previous permanence order, dd/mm/yyyy; the return allows an unknown day or month as zz (zz/zz/2019), so it is read as text.",
  }),
] as const;

/** A row of the SSDA903 PrevPerm table. */
export const previousPermanenceSchema = rowSchemaOf(previousPermanenceColumns);
export type PreviousPermanence = z.infer<typeof previousPermanenceSchema>;

/** @example previousPermanenceSpec.key // ["CHILD"] */
export const previousPermanenceSpec: TableSpec<typeof previousPermanenceSchema> = {
  name: "previous_permanence",
  title: "Previous permanence: PrevPerm (SSDA903)",
  description:
    "One row per child entering care who had, or may have had, a permanence order before (PERMANENCE in the HEADER of the XML return).",
  key: ["CHILD"],
  columns: [...previousPermanenceColumns],
  rowSchema: previousPermanenceSchema,
  checks: [duplicateKeyCheck(["CHILD"])],
};
