// Area comparisons and resampling: funnel plots, league tables, disclosure control, bootstrap, re-randomisation, quantiles. Part of the bibliography (stats/references.ts).
import type { Reference } from "./reference.js";

/** Works of the bibliography: area comparisons and resampling: funnel plots, league tables, disclosure control, bootstrap, re-randomisation, quantiles. */
export const comparisonResamplingReferences = {
  spiegelhalter2005: {
    authors: "Spiegelhalter DJ",
    year: 2005,
    title: "Funnel plots for comparing institutional performance",
    journal: "Statistics in Medicine",
    volume: "24",
    pages: "1185-1202",
    doi: "10.1002/sim.1970",
  },
  spiegelhalter2005b: {
    authors: "Spiegelhalter DJ",
    year: 2005,
    title: "Handling over-dispersion of performance indicators",
    journal: "Quality and Safety in Health Care",
    volume: "14",
    pages: "347-351",
    doi: "10.1136/qshc.2005.013755",
  },
  goldstein1996: {
    authors: "Goldstein H, Spiegelhalter DJ",
    year: 1996,
    title:
      "League tables and their limitations: statistical issues in comparisons of institutional performance",
    journal: "Journal of the Royal Statistical Society, Series A",
    volume: "159",
    pages: "385-443",
    doi: "10.2307/2983325",
  },
  fischetti1999: {
    authors: "Fischetti M, Salazar-González JJ",
    year: 1999,
    title:
      "Models and algorithms for the 2-dimensional cell suppression problem in statistical disclosure control",
    journal: "Mathematical Programming",
    volume: "84",
    pages: "283-312",
    doi: "10.1007/s101070050022",
  },
  efron1987: {
    authors: "Efron B",
    year: 1987,
    title: "Better bootstrap confidence intervals",
    journal: "Journal of the American Statistical Association",
    volume: "82",
    pages: "171-185",
    doi: "10.1080/01621459.1987.10478410",
  },
  davison1997: {
    authors: "Davison AC, Hinkley DV",
    year: 1997,
    title: "Bootstrap Methods and their Application",
    journal: "Cambridge University Press",
  },
  field2007: {
    authors: "Field CA, Welsh AH",
    year: 2007,
    title: "Bootstrapping clustered data",
    journal: "Journal of the Royal Statistical Society, Series B",
    volume: "69",
    pages: "369-390",
    doi: "10.1111/j.1467-9868.2007.00593.x",
  },
  rosenberger2016: {
    authors: "Rosenberger WF, Lachin JM",
    year: 2016,
    title: "Randomization in Clinical Trials: Theory and Practice, 2nd edition",
    journal: "Wiley",
  },
  hyndman1996: {
    authors: "Hyndman RJ, Fan Y",
    year: 1996,
    title: "Sample quantiles in statistical packages",
    journal: "The American Statistician",
    volume: "50",
    pages: "361-365",
    doi: "10.2307/2684934",
  },
  phipson2010: {
    authors: "Phipson B, Smyth GK",
    year: 2010,
    title:
      "Permutation p-values should never be zero: calculating exact p-values when permutations are randomly drawn",
    journal: "Statistical Applications in Genetics and Molecular Biology",
    volume: "9",
    pages: "39",
    doi: "10.2202/1544-6115.1585",
  },
} satisfies Record<string, Reference>;
