// Types of court application recorded in the court proceedings extract. No national child-level
// code list exists for LAs' court data (Cafcass publishes aggregates only), so this is the
// toolkit's own list, named for the statutory provision of each application.
import type { CodeList } from "./code-list.js";

/** @example courtApplicationCodes.codes.s31_care // "Care order (s.31 Children Act 1989)" */
export const courtApplicationCodes: CodeList = {
  id: "fgc.COURT_APPLICATION",
  title: "Court application type",
  source:
    "fgc-toolkit list (no national code list exists; domain.md §2.3): provisions of the Children Act 1989 (s.31, s.44, s.8, s.14A, s.39) and the Adoption and Children Act 2002 (s.21)",
  codes: {
    s31_care: "Care order (s.31 Children Act 1989): care proceedings",
    s31_supervision: "Supervision order (s.31 Children Act 1989)",
    epo: "Emergency protection order (s.44 Children Act 1989)",
    placement_order: "Placement order (s.21 Adoption and Children Act 2002)",
    sgo: "Special guardianship order (s.14A Children Act 1989)",
    cao: "Child arrangements order (s.8 Children Act 1989)",
    discharge: "Discharge or variation of a care or supervision order (s.39 Children Act 1989)",
    other: "Other public-law application",
  },
};

/**
 * Application types that start care proceedings (the trial's "proceedings issued" outcome).
 * @example careProceedingsApplications.includes("s31_care") // true
 */
export const careProceedingsApplications: readonly string[] = ["s31_care", "s31_supervision"];
