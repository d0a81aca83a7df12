// placed_for_adoption: the SSDA903 PlacedAdoption table, decisions that a child should be placed
// for adoption, and their reversal.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { reasonPlacedCeasedCodes } from "../codes/reason-placed-ceased-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DateFormats, ssda903DobColumn } from "./ssda903-common-columns.js";

const placedColumns = [
  ssda903ChildColumn,
  ssda903DobColumn,
  column({
    name: "DATE_PLACED",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date of the decision that the child should be placed for adoption.",
  }),
  column({
    name: "DATE_PLACED_CEASED",
    type: "date",
    required: true,
    nullable: true,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date the decision was reversed; blank while it stands.",
  }),
  column({
    name: "REASON_PLACED_CEASED",
    type: "code",
    codes: reasonPlacedCeasedCodes,
    required: true,
    nullable: true,
    description: "Why the decision was reversed; blank while it stands.",
  }),
] as const;

/** A row of the SSDA903 PlacedAdoption table. */
export const placedForAdoptionSchema = rowSchemaOf(placedColumns);
export type PlacedForAdoption = z.infer<typeof placedForAdoptionSchema>;

/** @example placedForAdoptionSpec.key // ["CHILD", "DATE_PLACED"] */
export const placedForAdoptionSpec: TableSpec<typeof placedForAdoptionSchema> = {
  name: "placed_for_adoption",
  title: "Decisions to place for adoption: PlacedAdoption (SSDA903)",
  description:
    "One row per decision that a looked-after child should be placed for adoption, with its reversal if any (AD_PLACED in the HEADER of the XML return).",
  key: ["CHILD", "DATE_PLACED"],
  columns: [...placedColumns],
  rowSchema: placedForAdoptionSchema,
  checks: [
    duplicateKeyCheck(["CHILD", "DATE_PLACED"], ["DATE_PLACED"], "uk"),
    futureDatesCheck(placedColumns, "uk"),
  ],
};
