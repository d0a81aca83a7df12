// SSDA903 REASON_PLACE_CHANGE: why a placement changed (given on episodes that start with a
// placement change).
import type { CodeList } from "./code-list.js";

/** @example reasonPlaceChangeCodes.codes.CARPL // "Change to or implementation of the care plan" */
export const reasonPlaceChangeCodes: CodeList = {
  id: "SSDA903.REASON_PLACE_CHANGE",
  title: "Reason for placement change (REASON_PLACE_CHANGE)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_1009.py (codes); labels from data-to-insight/ssd-data-model@4987c73f:data/categories__future_release/placement_change_reason.yml",
  codes: {
    CARPL: "Change to or implementation of the care plan",
    CLOSE: "Carer resigned or provision closed",
    ALLEG: "Allegation (s.47 enquiry)",
    STAND: "Concern about standards of care",
    APPRR: "Carer's approval removed",
    CREQB: "Carer asked for the placement to end because of the child's behaviour",
    CREQO: "Carer asked for the placement to end for other reasons",
    CHILD: "Child asked for the placement to end",
    LAREQ: "Responsible or area authority asked for the placement to end",
    PLACE: "Change in the status of the placement only",
    CUSTOD: "Custody arrangement",
    OTHER: "Other",
  },
};
