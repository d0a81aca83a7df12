// header: the SSDA903 Header table, one row per child looked after in the year.
import type { z } from "zod";
import { codeYearCheck } from "../checks/code-year-check.js";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { ethnicityCodes } from "../codes/ethnicity-codes.js";
import { ssda903SexCodes } from "../codes/ssda903-sex-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DateFormats, ssda903DobColumn } from "./ssda903-common-columns.js";

const headerColumns = [
  ssda903ChildColumn,
  column({
    name: "SEX",
    type: "code",
    codes: ssda903SexCodes,
    required: true,
    nullable: false,
    description: "Sex: 1 (male) or 2 (female) up to 2023-24; M, F or U from 2024-25.",
  }),
  ssda903DobColumn,
  column({
    name: "ETHNIC",
    type: "code",
    codes: ethnicityCodes,
    required: true,
    nullable: false,
    description: "Ethnicity (GROM is read as WROM).",
  }),
  column({
    name: "UPN",
    type: "string",
    required: false,
    nullable: true,
    description: "Unique pupil number (13 characters), or a UN1–UN10 reason it is unknown.",
  }),
  column({
    name: "MOTHER",
    type: "boolean",
    required: false,
    nullable: true,
    description: "Whether the child is a mother (1) or not (0); blank for boys.",
  }),
  column({
    name: "MC_DOB",
    type: "date",
    required: false,
    nullable: true,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date of birth of the mother's child, where MOTHER is 1.",
  }),
] as const;

/** A row of the SSDA903 Header table. */
export const headerSchema = rowSchemaOf(headerColumns);
export type Header = z.infer<typeof headerSchema>;

/** @example headerSpec.key // ["CHILD"] */
export const headerSpec: TableSpec<typeof headerSchema> = {
  name: "header",
  title: "Children looked after: Header (SSDA903)",
  description:
    "One row per child in the SSDA903 Header table (the HEADER of each CHILD in the XML return): sex, date of birth and ethnicity, joined to the episodes by CHILD. SEX is coded 1/2 up to 2023-24 and M/F/U from 2024-25; the table carries no date that says its year, so the year check runs when --collection-year is given.",
  key: ["CHILD"],
  columns: [...headerColumns],
  rowSchema: headerSchema,
  checks: [duplicateKeyCheck(["CHILD"]), codeYearCheck(headerColumns, [])],
};
