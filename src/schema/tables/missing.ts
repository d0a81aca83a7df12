// missing: the SSDA903 Missing table, one row per episode of being missing or away from placement.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { missingTypeCodes } from "../codes/missing-type-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DateFormats, ssda903DobColumn } from "./ssda903-common-columns.js";

const missingColumns = [
  ssda903ChildColumn,
  ssda903DobColumn,
  column({
    name: "MISSING",
    type: "code",
    codes: missingTypeCodes,
    required: true,
    nullable: false,
    description: "M: missing from placement; A: away from placement without authorisation.",
  }),
  column({
    name: "MIS_START",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date the child went missing or away.",
  }),
  column({
    name: "MIS_END",
    type: "date",
    required: true,
    nullable: true,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date the child returned; blank while still missing or away.",
  }),
] as const;

/** A row of the SSDA903 Missing table. */
export const missingEpisodeSchema = rowSchemaOf(missingColumns);
export type MissingEpisode = z.infer<typeof missingEpisodeSchema>;

/** @example missingSpec.key // ["CHILD", "MIS_START"] */
export const missingSpec: TableSpec<typeof missingEpisodeSchema> = {
  name: "missing",
  title: "Missing or away from placement: Missing (SSDA903)",
  description:
    "One row per episode of a looked-after child being missing, or away without authorisation, from their placement (AMISSING in the HEADER of the XML return).",
  key: ["CHILD", "MIS_START"],
  columns: [...missingColumns],
  rowSchema: missingEpisodeSchema,
  checks: [
    duplicateKeyCheck(["CHILD", "MIS_START"], ["MIS_START"], "uk"),
    futureDatesCheck(missingColumns, "uk"),
  ],
};
