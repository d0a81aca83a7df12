// Category of need (N1–N8): SSDA903 CIN on each episode, and the CIN census PrimaryNeedCode.
import type { CodeList } from "./code-list.js";

/** @example categoryOfNeedCodes.codes.N1 // "Abuse or neglect" */
export const categoryOfNeedCodes: CodeList = {
  id: "SSDA903.CIN",
  title: "Category of need (CIN)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_145.py (codes); labels from data-to-insight/ssd-data-model@4987c73f:data/categories__future_release/primary_need.yml",
  codes: {
    N1: "Abuse or neglect",
    N2: "Child's disability",
    N3: "Parental illness or disability",
    N4: "Family in acute stress",
    N5: "Family dysfunction",
    N6: "Socially unacceptable behaviour",
    N7: "Low income",
    N8: "Absent parenting",
  },
};
