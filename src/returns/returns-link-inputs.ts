// The statutory returns as the inputs `linkRecords` (src/link) joins, so that linking, outcomes
// and `fgc trial` run from the CIN census and SSDA903 alone: index events from the blocks (one
// per letter), children from the census characteristics, episodes from the 903 and court
// applications from CourtAppDate. CIN LAchildID is joined to 903 CHILD as the same identifier
// (domain.md §2.1 warns nothing guarantees it; the match report shows how well it holds). No
// family id is in either return: a child-to-family lookup, when given, fills it; allocation (for
// a trial) comes from elsewhere and is added by the caller.
import type { LinkInputs } from "../link/link-inputs.js";
import type { ReturnIndexEvent } from "./return-index-events.js";
import type { MergedCensuses, MergedSsda903 } from "./returns-data.js";
import { disabilityCategory, sexCategory } from "./child-categories.js";

/** @example linkRecords(returnsLinkInputs(census, ssda903, events), { key }) */
export function returnsLinkInputs(
  census: MergedCensuses,
  ssda903: MergedSsda903,
  events: readonly ReturnIndexEvent[],
  families?: ReadonlyMap<string, string>,
): LinkInputs {
  const laCode = census.laCode;
  const children = [...census.children.values()].map((c) => {
    const disability = disabilityCategory(c.Disabilities);
    return {
      childId: c.childId,
      laCode,
      birthDay: c.PersonBirthDate ?? c.ExpectedPersonBirthDate,
      sex: sexCategory(c.Sex ?? c.GenderCurrent),
      ethnicity: c.Ethnicity,
      disability: disability === "unknown" ? null : disability === "yes",
    };
  });
  const episodes = [];
  for (const list of ssda903.episodes.values()) {
    for (const e of list)
      episodes.push({
        childId: e.CHILD,
        laCode,
        DECOM: e.DECOM,
        DEC: e.DEC,
        RNE: e.RNE,
        LS: e.LS,
        PLACE: e.PLACE,
        REC: e.REC,
      });
  }
  const court = events
    .filter((e) => e.courtAppDay !== null)
    .map((e) => ({ childId: e.childId, laCode, issueDay: e.courtAppDay as number, applicationType: "care" }));
  return {
    indexEvents: events.map((e) => ({
      childId: e.childId,
      familyId: families?.get(e.childId) ?? null,
      laCode,
      indexDay: e.indexDay,
    })),
    children,
    allocation: [],
    fgc: [],
    episodes,
    court,
  };
}
