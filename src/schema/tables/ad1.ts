// ad1: the SSDA903 AD1 table, one row per child adopted from care in the year.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { adopterLegalStatusCodes, adopterSexCodes } from "../codes/adopter-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DateFormats, ssda903DobColumn } from "./ssda903-common-columns.js";

const ad1Columns = [
  ssda903ChildColumn,
  ssda903DobColumn,
  column({
    name: "DATE_INT",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date of the decision that adoption is in the child's best interests.",
  }),
  column({
    name: "DATE_MATCH",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date the child was matched with the prospective adopter(s).",
  }),
  column({
    name: "FOSTER_CARE",
    type: "boolean",
    required: true,
    nullable: false,
    description: "Whether the child was adopted by their former foster carer(s) (1/0).",
  }),
  column({
    name: "NB_ADOPTR",
    type: "integer",
    min: 1,
    max: 2,
    required: true,
    nullable: false,
    description: "Number of adopters: 1 or 2.",
  }),
  column({
    name: "SEX_ADOPTR",
    type: "code",
    codes: adopterSexCodes,
    required: true,
    nullable: false,
    description: "Sex of the adopter(s).",
  }),
  column({
    name: "LS_ADOPTR",
    type: "code",
    codes: adopterLegalStatusCodes,
    required: true,
    nullable: false,
    description: "Legal status of the adopter(s).",
  }),
] as const;

/** A row of the SSDA903 AD1 table. */
export const ad1Schema = rowSchemaOf(ad1Columns);
export type Ad1 = z.infer<typeof ad1Schema>;

/** @example ad1Spec.key // ["CHILD"] */
export const ad1Spec: TableSpec<typeof ad1Schema> = {
  name: "ad1",
  title: "Adoptions: AD1 (SSDA903)",
  description:
    "One row per child adopted from care in the year: the adoption decision and match dates and the adopters (DATE_INT … LS_ADOPTR in the CHILD of the XML return).",
  key: ["CHILD"],
  columns: [...ad1Columns],
  rowSchema: ad1Schema,
  checks: [duplicateKeyCheck(["CHILD"]), futureDatesCheck(ad1Columns, "uk")],
};
