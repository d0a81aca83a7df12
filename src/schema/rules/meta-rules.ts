// The studies file of `fgc meta` (meta/read-studies.ts). Part of the rule catalogue (schema/rules.ts).
import type { Rule } from "../rule.js";

/** Rules of the catalogue: the studies file of `fgc meta` (meta/read-studies.ts). */
export const metaRules = {
  // fgc meta: the studies file (meta/read-studies.ts).
  "meta-input-kind": {
    title: "No single kind of effect columns",
    severity: "error",
    explanation:
      "A studies file gives each study's effect in one way for every row: counts a, n1, c, n0; or estimate, lower, upper (and level); or yi, vi. Fill one set, leave the others out.",
  },
  "meta-interval-order": {
    title: "Interval limits out of order",
    severity: "error",
    explanation: "upper must be above lower, and the estimate between them; check for swapped columns.",
  },
  "meta-ratio-not-positive": {
    title: "Ratio not above 0",
    severity: "error",
    explanation:
      "A hazard, risk or odds ratio and its limits are above 0 (write the ratio, not its log; or use yi, vi).",
  },
  "meta-variance-not-positive": {
    title: "Variance not above 0",
    severity: "error",
    explanation: "vi is a sampling variance (the squared standard error): it must be above 0.",
  },
  "meta-zero-cell": {
    title: "Empty cell, 0.5 added",
    severity: "warning",
    explanation:
      "The study has no events (or only events) in one arm: 0.5 is added to each of its four cells before its log ratio or difference and variance are computed (metafor's default); other studies are untouched.",
  },
  "meta-double-zero": {
    title: "No events in either arm",
    severity: "error",
    explanation:
      "Neither arm has an event (or every participant has one): the study says nothing about a ratio. Leave it out of the file and report that you did, or pool risk differences (--measure rd).",
  },
  "meta-too-few-studies": {
    title: "Fewer than two studies",
    severity: "error",
    explanation: "A meta-analysis pools at least two studies.",
  },
} satisfies Record<string, Rule>;
