// Every domain table the toolkit reads, by schema name: the trial's extracts and files, the LA
// return, and every table of the SSDA903 return with the DfE's column names (domain.md §1.1).
import type { SchemaName, TableSpec } from "./table.js";
import { ad1Spec } from "./tables/ad1.js";
import { allocationSpec } from "./tables/allocation.js";
import { childrenSpec } from "./tables/children.js";
import { courtSpec } from "./tables/court.js";
import { episodesSpec } from "./tables/episodes.js";
import { fgcRecordsSpec } from "./tables/fgc-records.js";
import { headerSpec } from "./tables/header.js";
import { indexEventsSpec } from "./tables/index-events.js";
import { laReturnSpec } from "./tables/la-return.js";
import { missingSpec } from "./tables/missing.js";
import { oc2Spec } from "./tables/oc2.js";
import { oc3Spec } from "./tables/oc3.js";
import { placedForAdoptionSpec } from "./tables/placed-for-adoption.js";
import { previousPermanenceSpec } from "./tables/previous-permanence.js";
import { reviewsSpec } from "./tables/reviews.js";
import { swEpisodesSpec } from "./tables/sw-episodes.js";
import { trialAnalysisSpec } from "./tables/trial-analysis.js";
import { uascSpec } from "./tables/uasc.js";

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
  header: headerSpec,
  uasc: uascSpec,
  reviews: reviewsSpec,
  missing: missingSpec,
  oc2: oc2Spec,
  oc3: oc3Spec,
  ad1: ad1Spec,
  placed_for_adoption: placedForAdoptionSpec,
  previous_permanence: previousPermanenceSpec,
  sw_episodes: swEpisodesSpec,
};
