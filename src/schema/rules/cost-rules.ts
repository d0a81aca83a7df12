// Unit-cost files of `fgc trial --costs` (trial/costs/unit-costs.ts). Part of the rule catalogue (schema/rules.ts).
import type { Rule } from "../rule.js";

/** Rules of the catalogue: unit-cost files of `fgc trial --costs` (trial/costs/unit-costs.ts). */
export const costRules = {
  // Unit-cost files of `fgc trial --costs` (trial/costs/unit-costs.ts).
  "cost-item-missing": {
    title: "Unit cost missing",
    severity: "error",
    explanation:
      "The unit-cost file has no row for an item the cost analysis needs (day_in_care, or the four day_in_care_<group> items for a folder of extracts; proceedings, conference, referral).",
  },
  "cost-item-unknown": {
    title: "Unknown unit-cost item",
    severity: "error",
    explanation:
      "The item is not one of day_in_care, day_in_care_foster, day_in_care_kin, day_in_care_residential, day_in_care_other, proceedings, conference, referral.",
  },
  "cost-item-duplicate": {
    title: "Unit-cost item repeated",
    severity: "error",
    explanation: "Each item appears once in the unit-cost file; delete the extra row.",
  },
  "cost-value-invalid": {
    title: "Cost not a number of pounds at least 0",
    severity: "error",
    explanation:
      "Write the cost as a plain number of pounds (e.g. 123.45), without £ or commas; never negative.",
  },
  "cost-source-blank": {
    title: "Unit cost without a source",
    severity: "error",
    explanation:
      "Every unit cost names where it comes from (publication, table, year), so a reader can check it.",
  },
  "cost-price-year-invalid": {
    title: "Price year not a year",
    severity: "error",
    explanation: "Write the price year as a year (2024) or a financial year (2023-24 or 2023/24).",
  },
  "cost-price-year-mixed": {
    title: "Unit costs in different price years",
    severity: "error",
    explanation:
      "All unit costs must be in one price year, so that their sum is in that year's prices: inflate the older costs (e.g. with the PSSRU inflation indices) and write one price year.",
  },
} satisfies Record<string, Rule>;
