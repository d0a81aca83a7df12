// Measures of the LA aggregate FGC return. The 2025 national collection's template was not
// published, so the list is the toolkit's, built from the collection's stated purpose (how many
// families are offered an FGC, take it up and have a conference) and the trial's outcomes.
// Family measures are reported under breakdown `all` only; child measures under every breakdown.
import type { CodeList } from "./code-list.js";

/** @example returnMeasureCodes.codes.families_offered_fgc // "Families offered an FGC …" */
export const returnMeasureCodes: CodeList = {
  id: "fgc.RETURN_MEASURE",
  title: "Return measure",
  source:
    "fgc-toolkit list (the 2025 national FGC collection template was not published: domain.md §3.2 GAP); counts of families and children entering pre-proceedings in the period",
  codes: {
    families_entering_pre_proceedings: "Families sent a letter before proceedings in the period",
    families_offered_fgc: "Of those families, families offered an FGC",
    families_accepted_fgc: "Of those families, families who accepted the offer",
    families_fgc_held: "Of those families, families whose conference was held",
    children_entering_pre_proceedings: "Children named in a letter before proceedings in the period",
    children_offered_fgdm:
      "Of those children, children offered family group decision making (CIN FGDMMeetingOffer true)",
    children_fgdm_held: "Of those children, children whose FGDM meeting was held (CIN FGDMMeetingFac true)",
    children_followed_12m:
      "Of those children, children followed for 365 days (index + 365 on or before the follow-up end)",
    children_looked_after_12m: "Of the children followed, children looked after on day index + 365",
    children_entered_care_12m:
      "Of the children followed, children who became looked after within 365 days of the letter",
    children_proceedings_12m:
      "Of the children followed, children for whom care proceedings were issued within 365 days of the letter",
  }, // Hand-typed returns from FGC services may say fgc where the CIN census says fgdm.
  aliases: { children_offered_fgc: "children_offered_fgdm", children_fgc_held: "children_fgdm_held" },
};

/**
 * Measures counted per family; they appear under breakdown `all` only.
 * @example familyMeasures.includes("families_fgc_held") // true
 */
export const familyMeasures: readonly string[] = [
  "families_entering_pre_proceedings",
  "families_offered_fgc",
  "families_accepted_fgc",
  "families_fgc_held",
];
