// index-events: entry to pre-proceedings, dated by the letter before proceedings; the time
// origin of every outcome. Key: child_id + index_date.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";

const indexEventColumns = [
  column({
    name: "child_id",
    type: "id",
    required: true,
    nullable: false,
    description: "The child named in the letter (as in children).",
  }),
  column({
    name: "family_id",
    type: "id",
    required: true,
    nullable: false,
    description: "The family the letter went to (as in children).",
  }),
  column({
    name: "index_date",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    description:
      "Date the letter before proceedings (pre-proceedings letter) was sent: the index date, day 0 of every outcome window (CIN census LBPSentDate; SSD PREP011A).",
  }),
  column({
    name: "gateway_date",
    type: "date",
    required: false,
    nullable: true,
    notFuture: true,
    description:
      "Date of the legal gateway (legal planning) meeting that decided to enter pre-proceedings. Blank = not recorded.",
  }),
  column({
    name: "fgdm_offered",
    type: "boolean",
    required: false,
    nullable: true,
    description:
      "Whether the letter offered a family group decision-making meeting (s.31ZA Children Act 1989; CIN census FGDMMeetingOffer). Blank = not recorded.",
  }),
] as const;

/** A parsed index-events row. */
export const indexEventSchema = rowSchemaOf(indexEventColumns);
/** A parsed index-events row: dates as whole days since 1970-01-01, blanks as `null` (inferred from the schema above). */
export type IndexEvent = z.infer<typeof indexEventSchema>;

/** @example indexEventsSpec.key // ["child_id", "index_date"] */
export const indexEventsSpec: TableSpec<typeof indexEventSchema> = {
  name: "index-events",
  title: "Index events (entry to pre-proceedings)",
  description:
    "One row per child per letter before proceedings: the date the child's family entered pre-proceedings. A child with two letters has two rows; analyses use the first in the study period unless the plan says otherwise.",
  key: ["child_id", "index_date"],
  columns: [...indexEventColumns],
  rowSchema: indexEventSchema,
  checks: [
    duplicateKeyCheck(["child_id", "index_date"], ["index_date"]),
    futureDatesCheck(indexEventColumns),
  ],
};
