// Why no conference followed an FGC referral or offer. The toolkit's own list (no national list
// exists), including the s.31ZA exception (not in the child's best interests).
import type { CodeList } from "./code-list.js";

/** @example fgcDeclineReasonCodes.codes.family_declined // "The family declined the offer" */
export const fgcDeclineReasonCodes: CodeList = {
  id: "fgc.FGC_DECLINE_REASON",
  title: "Reason no conference was held",
  source:
    "fgc-toolkit list (no national list exists: domain.md §3.1–3.2 gaps); best_interests follows the exception in s.31ZA Children Act 1989 (domain.md §3.4)",
  codes: {
    family_declined: "The family declined the offer",
    no_contact: "The family could not be contacted",
    no_network: "No family network could be identified",
    best_interests: "The LA judged a meeting not in the child's best interests (s.31ZA exception)",
    stepped_down: "Case stepped down or closed before a conference",
    proceedings_issued: "Proceedings issued before a conference could be held",
    other: "Other reason",
  },
};
