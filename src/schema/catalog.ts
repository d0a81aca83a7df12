/**
 * Every domain table the toolkit reads, by schema name.
 */
import type { SchemaName, TableSpec } from "./table.js";
import { allocationSpec } from "./tables/allocation.js";
import { childrenSpec } from "./tables/children.js";
import { courtSpec } from "./tables/court.js";
import { episodesSpec } from "./tables/episodes.js";
import { fgcRecordsSpec } from "./tables/fgc-records.js";
import { indexEventsSpec } from "./tables/index-events.js";
import { laReturnSpec } from "./tables/la-return.js";
import { trialAnalysisSpec } from "./tables/trial-analysis.js";

/** @example tableSpecs.episodes.key // ["CHILD", "DECOM"] */
export const tableSpecs: Record<SchemaName, TableSpec> = {
  children: childrenSpec,
  "index-events": indexEventsSpec,
  allocation: allocationSpec,
  "fgc-records": fgcRecordsSpec,
  episodes: episodesSpec,
  court: courtSpec,
  "la-return": laReturnSpec,
  "trial-analysis": trialAnalysisSpec,
};
