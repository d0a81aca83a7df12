// episodes: SSDA903 looked-after episodes with the return's own column names. Key: CHILD + DECOM.
import type { z } from "zod";
import { codeYearCheck } from "../checks/code-year-check.js";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { categoryOfNeedCodes } from "../codes/category-of-need-codes.js";
import { legalStatusCodes } from "../codes/legal-status-codes.js";
import { placementProviderCodes } from "../codes/placement-provider-codes.js";
import { placementTypeCodes } from "../codes/placement-type-codes.js";
import { reasonEpisodeCeasedCodes } from "../codes/reason-episode-ceased-codes.js";
import { reasonPlaceChangeCodes } from "../codes/reason-place-change-codes.js";
import { rneCodes } from "../codes/rne-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { episodeDatesOrderCheck } from "./episode-dates-order-check.js";
import { episodeEndIncompleteCheck } from "./episode-end-incomplete-check.js";
import { episodeOverlapCheck } from "./episode-overlap-check.js";
import { episodeX1ContinuationCheck } from "./episode-x1-continuation-check.js";

/**
 * 903 dates are written dd/mm/yyyy (the return and D2I's validator parse `%d/%m/%Y`); yyyy-mm-dd
 * is accepted too, for extracts taken from a database or converted from the XML return. The two
 * shapes cannot be confused, so accepting both loses nothing.
 */
const dateFormats: ("uk" | "iso")[] = ["uk", "iso"];

const episodeColumns = [
  column({
    name: "CHILD",
    type: "id",
    required: true,
    nullable: false,
    aliases: ["CHILDID"],
    description:
      "The LA's identifier of the child (903 CHILD; CHILDID in the XML return). The same id as child_id in children.",
  }),
  column({
    name: "DECOM",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    dateFormats,
    description: "Date the episode commenced.",
  }),
  column({
    name: "RNE",
    type: "code",
    codes: rneCodes,
    required: true,
    nullable: false,
    description: "Reason for the new episode; S starts a new period of care.",
  }),
  column({
    name: "LS",
    type: "code",
    codes: legalStatusCodes,
    required: true,
    nullable: false,
    description: "Legal status during the episode; V3 and V4 (short breaks) are not counted as in care.",
  }),
  column({
    name: "CIN",
    type: "code",
    codes: categoryOfNeedCodes,
    required: true,
    nullable: false,
    description: "Category of need.",
  }),
  column({
    name: "PLACE",
    type: "code",
    codes: placementTypeCodes,
    required: true,
    nullable: false,
    aliases: ["PL"],
    description:
      "Placement type (PL in the XML return). The list changes by collection year (K3 from 2024-25; H5, P2, Z1 until 2024-25; Z11–Z14 from 2025-26): a code of no year is code-unknown, a code of another year than the episode's (the year of its DEC, else of the file's latest date, or --collection-year) is code-year. U1–U3 are kinship placements.",
  }),
  column({
    name: "PLACE_PROVIDER",
    type: "code",
    codes: placementProviderCodes,
    required: false,
    nullable: true,
    description:
      "Who provides the placement. Blank where the 903 leaves it blank (e.g. temporary placements T0–T4).",
  }),
  column({
    name: "DEC",
    type: "date",
    required: true,
    nullable: true,
    notFuture: true,
    dateFormats,
    description:
      "Date the episode ceased; blank while it is open (at the end of the collection year or the extract date).",
  }),
  column({
    name: "REC",
    type: "code",
    codes: reasonEpisodeCeasedCodes,
    required: true,
    nullable: true,
    description:
      "Reason the episode ceased; X1 = a new episode starts the same day. Blank while the episode is open.",
  }),
  column({
    name: "REASON_PLACE_CHANGE",
    type: "code",
    codes: reasonPlaceChangeCodes,
    required: false,
    nullable: true,
    description:
      "Reason for a placement change, on episodes that start with one (RNE P, T, U, B). Blank otherwise.",
  }),
  column({
    name: "HOME_POST",
    type: "string",
    required: false,
    nullable: true,
    description:
      "Partial postcode of the child's home address (outward code and first digit of the inward code, e.g. AB1 2).",
  }),
  column({
    name: "PL_POST",
    type: "string",
    required: false,
    nullable: true,
    description: "Partial postcode of the placement, as HOME_POST.",
  }),
  column({
    name: "URN",
    type: "string",
    required: false,
    nullable: true,
    description: "Ofsted unique reference number of the placement provider; XXXXXXX where there is none.",
  }),
] as const;

/** A parsed SSDA903 episode. */
export const episodeSchema = rowSchemaOf(episodeColumns);
/** A parsed SSDA903 episode: dates as whole days since 1970-01-01, blanks as `null` (inferred from the schema above). */
export type Episode = z.infer<typeof episodeSchema>;

/** @example episodesSpec.key // ["CHILD", "DECOM"] */
export const episodesSpec: TableSpec<typeof episodeSchema> = {
  name: "episodes",
  title: "Looked-after episodes (SSDA903)",
  description:
    "One row per episode of care in the SSDA903 layout, as the LA submits it to the DfE (the Episodes table of the return): a new episode starts whenever legal status or placement changes. Column names as the return spells them; dates dd/mm/yyyy (yyyy-mm-dd also read). The child's date of birth is in children (or the 903 Header): the DOB-after-DECOM rule runs when both are loaded.",
  key: ["CHILD", "DECOM"],
  columns: [...episodeColumns],
  rowSchema: episodeSchema,
  checks: [
    duplicateKeyCheck(["CHILD", "DECOM"], ["DECOM"], "uk"),
    futureDatesCheck(episodeColumns, "uk"),
    episodeDatesOrderCheck,
    episodeOverlapCheck,
    episodeEndIncompleteCheck,
    episodeX1ContinuationCheck,
    codeYearCheck(episodeColumns, ["DECOM", "DEC"]),
  ],
};
