// reviews: the SSDA903 Reviews table, one row per review of a child's care plan.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { reviewParticipationCodes } from "../codes/review-participation-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DateFormats, ssda903DobColumn } from "./ssda903-common-columns.js";

const reviewColumns = [
  ssda903ChildColumn,
  ssda903DobColumn,
  column({
    name: "REVIEW",
    type: "date",
    required: true,
    nullable: true,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date of the review; blank only with a blank REVIEW_CODE.",
  }),
  column({
    name: "REVIEW_CODE",
    type: "code",
    codes: reviewParticipationCodes,
    required: true,
    nullable: true,
    description: "How the child took part in the review.",
  }),
] as const;

/** A row of the SSDA903 Reviews table. */
export const reviewSchema = rowSchemaOf(reviewColumns);
export type Review = z.infer<typeof reviewSchema>;

/** @example reviewsSpec.key // ["CHILD", "REVIEW"] */
export const reviewsSpec: TableSpec<typeof reviewSchema> = {
  name: "reviews",
  title: "Reviews of the care plan: Reviews (SSDA903)",
  description:
    "One row per review of a looked-after child's care plan (AREVIEW in the HEADER of the XML return).",
  key: ["CHILD", "REVIEW"],
  columns: [...reviewColumns],
  rowSchema: reviewSchema,
  checks: [duplicateKeyCheck(["CHILD", "REVIEW"], ["REVIEW"], "uk"), futureDatesCheck(reviewColumns, "uk")],
};
