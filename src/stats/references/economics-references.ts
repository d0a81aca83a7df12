// Health economics: cost-consequence analysis and discounting. Part of the bibliography (stats/references.ts).
import type { Reference } from "./reference.js";

/** Works of the bibliography: health economics: cost-consequence analysis and discounting. */
export const economicsReferences = {
  drummond2015: {
    authors: "Drummond MF, Sculpher MJ, Claxton K, Stoddart GL, Torrance GW",
    year: 2015,
    title: "Methods for the Economic Evaluation of Health Care Programmes, 4th edition",
    journal: "Oxford University Press",
  },
  black1990: {
    authors: "Black WC",
    year: 1990,
    title: "The CE plane: a graphic representation of cost-effectiveness",
    journal: "Medical Decision Making",
    volume: "10",
    pages: "212-214",
  },
  hmtreasury2022: {
    authors: "HM Treasury",
    year: 2022,
    title: "The Green Book: central government guidance on appraisal and evaluation",
    journal: "HM Treasury, London",
  },
} satisfies Record<string, Reference>;
