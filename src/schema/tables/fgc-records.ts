// fgc-records: the FGC service's records, one row per referral. Key: referral_id.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { careStageCodes } from "../codes/care-stage-codes.js";
import { fgcDeclineReasonCodes } from "../codes/fgc-decline-reason-codes.js";
import { fgcStatusCodes } from "../codes/fgc-status-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { fgcDatesOrderCheck } from "./fgc-dates-order-check.js";
import { fgcRecordInconsistentCheck } from "./fgc-record-inconsistent-check.js";

const fgcRecordColumns = [
  column({
    name: "referral_id",
    type: "id",
    required: true,
    nullable: false,
    description: "The FGC service's referral identifier.",
  }),
  column({
    name: "family_id",
    type: "id",
    required: true,
    nullable: false,
    description: "The referred family (as in children).",
  }),
  column({
    name: "child_id",
    type: "id",
    required: false,
    nullable: true,
    description:
      "The child the referral is about, when the service records one; blank = a referral of the whole family.",
  }),
  column({
    name: "care_stage",
    type: "code",
    codes: careStageCodes,
    required: false,
    nullable: true,
    description:
      "The child's social-care stage when referred; blank = not recorded (the trial's referrals are all pre_proceedings).",
  }),
  column({
    name: "referral_date",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    description: "Date the FGC service received the referral.",
  }),
  column({
    name: "status",
    type: "code",
    codes: fgcStatusCodes,
    required: true,
    nullable: false,
    description: "Furthest stage the referral reached at the extract date.",
  }),
  column({
    name: "offer_date",
    type: "date",
    required: false,
    nullable: true,
    notFuture: true,
    description: "Date the FGC was offered to the family. Blank = not offered or not recorded.",
  }),
  column({
    name: "accepted",
    type: "boolean",
    required: false,
    nullable: true,
    description:
      "The family's answer to the offer: yes = accepted, no = declined, blank = no answer yet or not offered.",
  }),
  column({
    name: "decline_reason",
    type: "code",
    codes: fgcDeclineReasonCodes,
    required: false,
    nullable: true,
    description: "Why no conference was held; required when status is declined, blank otherwise.",
  }),
  column({
    name: "conference_date",
    type: "date",
    required: true,
    nullable: true,
    notFuture: true,
    description: "Date the conference (family meeting) was held. Blank = not held (yet).",
  }),
  column({
    name: "plan_agreed",
    type: "boolean",
    required: false,
    nullable: true,
    description: "Whether the conference agreed a family plan. Blank = no conference or not recorded.",
  }),
  column({
    name: "review_date",
    type: "date",
    required: false,
    nullable: true,
    notFuture: true,
    description: "Date of the review meeting of the family plan. Blank = not reviewed (yet).",
  }),
] as const;

/** A parsed fgc-records row. */
export const fgcRecordSchema = rowSchemaOf(fgcRecordColumns);
/** A parsed fgc-records row: dates as whole days since 1970-01-01, blanks as `null` (inferred from the schema above). */
export type FgcRecord = z.infer<typeof fgcRecordSchema>;

/** @example fgcRecordsSpec.key // ["referral_id"] */
export const fgcRecordsSpec: TableSpec<typeof fgcRecordSchema> = {
  name: "fgc-records",
  title: "FGC service records",
  description:
    "One row per referral to the FGC service: when it was referred, offered, accepted or declined (with reason), when the conference was held, whether a plan was agreed and reviewed. No national FGC record standard exists; the status and reason lists are the toolkit's own.",
  key: ["referral_id"],
  columns: [...fgcRecordColumns],
  rowSchema: fgcRecordSchema,
  checks: [
    duplicateKeyCheck(["referral_id"]),
    futureDatesCheck(fgcRecordColumns),
    fgcDatesOrderCheck,
    fgcRecordInconsistentCheck,
  ],
};
