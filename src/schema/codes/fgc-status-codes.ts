// How far an FGC referral got: the furthest stage reached. No national list exists (the 2025
// national FGC collection template was not published), so this is the toolkit's own small list,
// ordered as the service works: referred → offered → accepted or declined → conference held →
// plan agreed → plan reviewed.
import type { CodeList } from "./code-list.js";

/** @example Object.keys(fgcStatusCodes.codes)[0] // "referred" */
export const fgcStatusCodes: CodeList = {
  id: "fgc.FGC_STATUS",
  title: "FGC referral status (furthest stage reached)",
  source:
    "fgc-toolkit list (no national list exists: domain.md §3.1–3.2 gaps); stages follow s.31ZA Children Act 1989 (offer, acceptance, meeting) and the FGC process (plan, review)",
  codes: {
    referred: "Referred to the FGC service; no offer made yet",
    offered: "FGC offered to the family; no answer yet",
    accepted: "Family accepted; conference not yet held",
    declined: "Family declined, or no conference will be held (reason in decline_reason)",
    held: "Conference held; no plan agreed",
    plan_agreed: "Conference held and a family plan agreed",
    reviewed: "Family plan reviewed at a review meeting",
  },
};

/**
 * The order of the stages (declined ends the path after offered).
 * @example fgcStageRank.held > fgcStageRank.accepted // true
 */
export const fgcStageRank: Readonly<Record<string, number>> = {
  referred: 0,
  offered: 1,
  declined: 2,
  accepted: 2,
  held: 3,
  plan_agreed: 4,
  reviewed: 5,
};
