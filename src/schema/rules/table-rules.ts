// Table rules of the domain tables (schema/tables/*-check.ts). Part of the rule catalogue (schema/rules.ts).
import type { Rule } from "../rule.js";

/** Rules of the catalogue: table rules of the domain tables (schema/tables/*-check.ts). */
export const tableRules = {
  // Table rules (schema/tables/*-check.ts).
  "value-format": {
    title: "Wrong format",
    severity: "error",
    explanation:
      "The value does not have the column's format (an LA code like E06000001; a period like 2023-24).",
  },
  "episode-overlap": {
    title: "Overlapping episodes",
    severity: "error",
    explanation:
      "A child's episode starts before the previous one ends; a child has one episode at a time (X1 chains end and start on the same day).",
  },
  "episode-dates-order": {
    title: "Episode ends before it starts",
    severity: "error",
    explanation: "DEC is before DECOM; check both dates.",
  },
  "episode-before-birth": {
    title: "Episode starts before birth",
    severity: "error",
    explanation: "DECOM is before the child's date of birth; check DECOM and the child's dob.",
  },
  "episode-end-incomplete": {
    title: "DEC and REC disagree",
    severity: "error",
    explanation: "Give DEC and REC together when an episode has ended, and neither while it is open.",
  },
  "episode-x1-no-continuation": {
    title: "X1 without a next episode",
    severity: "warning",
    explanation: "REC X1 means a new episode starts on the DEC day; none was found for the child.",
  },
  "fgc-dates-order": {
    title: "FGC dates out of order",
    severity: "error",
    explanation: "An FGC record's dates must run referral ≤ offer ≤ conference ≤ review.",
  },
  "fgc-record-inconsistent": {
    title: "FGC record inconsistent",
    severity: "error",
    explanation:
      "The status, answer, decline reason and conference date of an FGC record contradict each other.",
  },
  "court-dates-order": {
    title: "Final order before issue",
    severity: "error",
    explanation: "final_order_date is before issue_date.",
  },
  "court-order-incomplete": {
    title: "Final order without its date",
    severity: "error",
    explanation: "Give final_order and final_order_date together, or neither while proceedings continue.",
  },
  "return-offered-above-entering": {
    title: "More offered than entering",
    severity: "warning",
    explanation:
      "More families or children were offered an FGC than entered pre-proceedings; check the counting period.",
  },
  "return-stage-order": {
    title: "Return counts out of order",
    severity: "error",
    explanation:
      "A later stage counts more than the stage it follows (accepted ≤ offered, held ≤ accepted, outcomes ≤ children entering).",
  },
  "return-numerator-above-denominator": {
    title: "Numerator above its denominator",
    severity: "warning",
    explanation:
      "A rate's numerator counts more than its denominator for the same authority, period, breakdown and category (e.g. held above offered, as a meeting held without a recorded offer gives); the rate is shown as not available (:) until either count is corrected.",
  },
  "return-period-overlap": {
    title: "Overlapping periods",
    severity: "error",
    explanation:
      "Two different periods share days, so trends and totals would count families twice; give each return one non-overlapping period.",
  },
  "return-la-unknown": {
    title: "LA code in no list",
    severity: "error",
    explanation:
      "The code is neither a current nor a retired authority's DfE (e.g. 202) or GSS code (e.g. E09000007).",
  },
  "return-la-unknown-allowed": {
    title: "LA code in no list, allowed",
    severity: "warning",
    explanation:
      "The code is in no list of authorities (a fictional or test LA, such as the samples' 999), and unknown codes were allowed: its cells are kept as an area of their own, named by the code.",
  },
  "return-la-retired": {
    title: "Retired LA code",
    severity: "warning",
    explanation:
      "The authority no longer exists; its figures are kept as its own area and its successors are named.",
  },
  "return-count-suppressed": {
    title: "Suppressed count where a count is needed",
    severity: "error",
    explanation:
      "The analysis needs the true count; a published return with `c` cannot be compared. Use the unsuppressed return (fgc return --threshold 0).",
  },
  "return-disclosure-unprotected": {
    title: "Small count that disclosure control cannot protect",
    severity: "error",
    explanation:
      "No complementary cell keeps this suppressed count's feasible range at least plan.protection wide given everything published, so the comparison is refused rather than risk disclosing a family. Lower the plan's protection or threshold, or leave the breakdown out of the return.",
  },
  "trial-outcome-inconsistent": {
    title: "Trial outcomes disagree",
    severity: "error",
    explanation:
      "The outcome columns of one child describe no possible care timeline: entered_care_12m is 1 exactly when care_event is 1 with time_to_care_days ≤ 365; an entry on day t gives 1 to 366 − t days in care (at most 365 − t if not looked after on day 365); no entry gives 0 days and not looked after on day 365 (unless already_looked_after is 1); care_event 0 before day 365 means censored, so the 12-month outcomes are blank.",
  },
  "trial-family-mixed": {
    title: "Family split across arms",
    severity: "error",
    explanation: "Randomisation is by family: all children of a family share arm and la_code.",
  },
  "trial-control-fgc-held": {
    title: "Conference in the control arm",
    severity: "warning",
    explanation:
      "A control-arm child had a conference (crossover); intention-to-treat keeps the child in control.",
  },
} satisfies Record<string, Rule>;
