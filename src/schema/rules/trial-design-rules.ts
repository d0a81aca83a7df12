// Trial design (trial/design-checks.ts) and linking extracts (jobs/read-link-inputs.ts, fgc link). Part of the rule catalogue (schema/rules.ts).
import type { Rule } from "../rule.js";

/** Rules of the catalogue: trial design (trial/design-checks.ts) and linking extracts (jobs/read-link-inputs.ts, fgc link). */
export const trialDesignRules = {
  // Trial design rules (trial/design-checks.ts).
  "family-split-across-arms": {
    title: "Family split across arms",
    severity: "error",
    explanation: "Randomisation was by family: every child of a family must have the same arm.",
  },
  "arm-missing": {
    title: "An arm is missing",
    severity: "error",
    explanation: "The trial file must hold children of both arms, fgc and control.",
  },
  "already-looked-after": {
    title: "Looked after at the index date",
    severity: "warning",
    explanation:
      "The child was already looked after on the index date; the plan's population.excludeAlreadyLookedAfter leaves such children out.",
  },
  "outcome-missing": {
    title: "Outcome missing",
    severity: "warning",
    explanation:
      "The child's follow-up ends before the window, so the outcome is missing and the child is left out of that outcome's analysis.",
  },
  // Linking extracts (jobs/read-link-inputs.ts, fgc link).
  "link-file-unrecognised": {
    title: "Data file not recognised",
    severity: "error",
    explanation:
      "A data file in the folder of extracts has a header that matches none of the known tables (or cannot be read): it may be an extract with renamed columns, whose records would be missed. Rename its columns as the data dictionary spells them, or move it out of the folder.",
  },
  "link-file-ignored": {
    title: "File not an extract to link",
    severity: "warning",
    explanation:
      "The file is not one of the extracts fgc link joins (children, index-events, allocation, fgc-records, episodes, court); it is ignored.",
  },
  "link-extract-missing": {
    title: "Extract missing",
    severity: "error",
    explanation:
      "fgc link needs the children, index-events, allocation, fgc-records, episodes and court extracts in the folder; without one, its outcomes would read as a silent no.",
  },
  "episode-overlap-kept": {
    title: "Overlapping episodes kept",
    severity: "warning",
    explanation:
      "The episode starts before an earlier one of the child ends; linking keeps both and counts each day in care once.",
  },
} satisfies Record<string, Rule>;
