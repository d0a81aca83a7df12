// SSDA903 REVIEW_CODE: how the child took part in the review of their care plan (Reviews table).
import type { CodeList } from "./code-list.js";

/** @example Object.keys(reviewParticipationCodes.codes).length // 8 */
export const reviewParticipationCodes: CodeList = {
  id: "SSDA903.REVIEW_CODE",
  title: "Participation in the review (REVIEW_CODE)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_167.py (codes PN0–PN7); labels paraphrased from the DfE SSDA903 guide (not re-checked here)",
  codes: {
    PN0: "Child aged under 4 at the time of the review",
    PN1: "Child attends and speaks for themselves",
    PN2: "Child attends; an advocate speaks for them",
    PN3: "Child attends and conveys their views by a non-verbal method",
    PN4: "Child attends but does not convey their views",
    PN5: "Child does not attend; an advocate conveys their views",
    PN6: "Child does not attend; conveys their views by another method (e.g. letter, text)",
    PN7: "Child does not attend and does not convey their views",
  },
};
