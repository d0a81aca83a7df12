// SSDA903 PREV_PERM (PrevPerm): the permanence order the child had before this period of care.
import type { CodeList } from "./code-list.js";

/** @example previousPermanenceCodes.codes.P2 // "Special guardianship order" */
export const previousPermanenceCodes: CodeList = {
  id: "SSDA903.PREV_PERM",
  title: "Previous permanence option (PREV_PERM)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules PrevPerm code rule (codes P1 P2 P3 P4 Z1, latest ruleset); labels of P1–P3 paraphrased; P4 and Z1 labels not found (GAP)",
  codes: {
    P1: "Adoption order",
    P2: "Special guardianship order",
    P3: "Residence order or child arrangements order (who the child lives with)",
    P4: "Other permanence option (label not found; GAP)",
    Z1: "Not known or not applicable (label inferred)",
  },
};
