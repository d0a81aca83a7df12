// SSDA903 LS: legal status of the child during an episode. Short breaks (V3, V4) are not counted
// as "in care" by the DfE's national statistics; C1, C2, D1, E1 are court orders.
import type { CodeList } from "./code-list.js";

/** @example legalStatusCodes.codes.C2 // "Full care order" */
export const legalStatusCodes: CodeList = {
  id: "SSDA903.LS",
  title: "Legal status (LS)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_144.py (codes); labels from data-to-insight/ssd-data-model@4987c73f:data/categories__future_release/legal_status.yml",
  codes: {
    C1: "Interim care order",
    C2: "Full care order",
    D1: "Freeing order granted (pre-2005 adoption law)",
    E1: "Placement order granted",
    V2: "Single period of accommodation under s.20 Children Act 1989",
    V3: "Accommodated under an agreed series of short-term breaks, each episode recorded",
    V4: "Accommodated under an agreed series of short-term breaks, agreement recorded",
    J1: "Remanded to LA accommodation or youth detention accommodation",
    J2: "Placed in LA accommodation under PACE, including secure accommodation",
    J3: "Sentenced to a youth rehabilitation order with residence or fostering requirement",
    L1: "Under police protection, in LA accommodation",
    L2: "Emergency protection order",
    L3: "Under a child assessment order, in LA accommodation",
  },
};

/**
 * Short-break statuses, excluded from "looked after" outcomes as the DfE's counts exclude them.
 * @example shortBreakLegalStatuses.includes("V3") // true
 */
export const shortBreakLegalStatuses: readonly string[] = ["V3", "V4"];

/**
 * Statuses that are court orders made in care or placement proceedings (C1 marks proceedings under way).
 * @example courtOrderLegalStatuses.includes("C1") // true
 */
export const courtOrderLegalStatuses: readonly string[] = ["C1", "C2", "D1", "E1"];
