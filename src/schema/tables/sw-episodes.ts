// sw_episodes: the SSDA903 SWEpisodes table (from 2023-24), one row per period with one
// allocated social worker.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { socialWorkerChangeCodes } from "../codes/social-worker-change-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";
import { ssda903ChildColumn, ssda903DateFormats, ssda903DobColumn } from "./ssda903-common-columns.js";

const swEpisodeColumns = [
  ssda903ChildColumn,
  ssda903DobColumn,
  column({
    name: "SW_ID",
    type: "id",
    required: true,
    nullable: false,
    description: "The social worker's identifier; begins SW (or XX where not known).",
  }),
  column({
    name: "SW_DECOM",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date the social worker episode began.",
  }),
  column({
    name: "SW_DEC",
    type: "date",
    required: true,
    nullable: true,
    notFuture: true,
    dateFormats: ssda903DateFormats,
    description: "Date the social worker episode ended; blank while it is open.",
  }),
  column({
    name: "SW_REASON",
    type: "code",
    codes: socialWorkerChangeCodes,
    required: true,
    nullable: false,
    description: "Why the social worker changed.",
  }),
] as const;

/** A row of the SSDA903 SWEpisodes table. */
export const swEpisodeSchema = rowSchemaOf(swEpisodeColumns);
export type SwEpisode = z.infer<typeof swEpisodeSchema>;

/** @example swEpisodesSpec.key // ["CHILD", "SW_DECOM"] */
export const swEpisodesSpec: TableSpec<typeof swEpisodeSchema> = {
  name: "sw_episodes",
  title: "Social worker episodes: SWEpisodes (SSDA903)",
  description:
    "One row per period in which a looked-after child had one allocated social worker, from the 2023-24 return (SW_EPISODE in the HEADER of the XML return).",
  key: ["CHILD", "SW_DECOM"],
  columns: [...swEpisodeColumns],
  rowSchema: swEpisodeSchema,
  checks: [
    duplicateKeyCheck(["CHILD", "SW_DECOM"], ["SW_DECOM"], "uk"),
    futureDatesCheck(swEpisodeColumns, "uk"),
  ],
};
