// uasc: the SSDA903 UASC table, one row per child who was an unaccompanied asylum-seeking child.
import type { z } from "zod";
import { codeYearCheck } from "../checks/code-year-check.js";
import { ssda903SexCodes } from "../codes/ssda903-sex-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DateFormats, ssda903DobColumn } from "./ssda903-common-columns.js";

const uascColumns = [
  ssda903ChildColumn,
  column({
    name: "SEX",
    type: "code",
    codes: ssda903SexCodes,
    required: true,
    nullable: false,
    description: "Sex, coded as in the Header table (1/2 up to 2023-24; M/F/U from 2024-25).",
  }),
  ssda903DobColumn,
  column({
    name: "DUC",
    type: "date",
    required: true,
    nullable: true,
    dateFormats: ssda903DateFormats,
    description:
      "Date the child ceased to be an unaccompanied asylum-seeking child (may be after the year, e.g. the 18th birthday).",
  }),
] as const;

/** A row of the SSDA903 UASC table. */
export const uascSchema = rowSchemaOf(uascColumns);
export type Uasc = z.infer<typeof uascSchema>;

/** @example uascSpec.key // ["CHILD"] */
export const uascSpec: TableSpec<typeof uascSchema> = {
  name: "uasc",
  title: "Unaccompanied asylum-seeking children: UASC (SSDA903)",
  description:
    "One row per child who was an unaccompanied asylum-seeking child (UASC and DUC in the HEADER of the XML return). The SEX year check runs when --collection-year is given.",
  key: ["CHILD"],
  columns: [...uascColumns],
  rowSchema: uascSchema,
  checks: [codeYearCheck(uascColumns, [])],
};
