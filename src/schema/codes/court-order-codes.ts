// Final order (outcome) of court proceedings. Categories follow the LA final care plan categories
// of the SSD pre-proceedings data (A care order … H still in proceedings), with withdrawn / no
// order added; "still in proceedings" is written as a blank final order.
import type { CodeList } from "./code-list.js";

/** @example courtOrderCodes.codes.sgo // "Special guardianship order …" */
export const courtOrderCodes: CodeList = {
  id: "fgc.COURT_ORDER",
  title: "Final order",
  source:
    "fgc-toolkit list adapted from data-to-insight/ssd-data-model@4987c73f:data/categories__future_release/plo_1b/*.yml (LA final care plan A–G; H = blank final order); epo, no_order, withdrawn added",
  codes: {
    epo: "Emergency protection order made (the final order of an EPO application)",
    care_order: "Care order (child placed away from home)",
    care_order_home: "Care order, child placed at home with parent(s)",
    placement_order: "Placement order (adoption plan)",
    supervision_order: "Supervision order",
    sgo: "Special guardianship order",
    cao: "Child arrangements order or other private-law order",
    no_order: "No order made",
    withdrawn: "Application withdrawn",
    other: "Other order",
  },
};
