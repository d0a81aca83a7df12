// Numerical methods: special functions, root finding, linear algebra, random numbers. Part of the bibliography (stats/references.ts).
import type { Reference } from "./reference.js";

/** Works of the bibliography: numerical methods: special functions, root finding, linear algebra, random numbers. */
export const numericsReferences = {
  wichura1988: {
    authors: "Wichura MJ",
    year: 1988,
    title: "Algorithm AS 241: the percentage points of the normal distribution",
    journal: "Journal of the Royal Statistical Society, Series C",
    volume: "37",
    pages: "477-484",
    doi: "10.2307/2347330",
  },
  golub2013: {
    authors: "Golub GH, Van Loan CF",
    year: 2013,
    title: "Matrix Computations, 4th edition",
    journal: "Johns Hopkins University Press",
  },
  lemire2019: {
    authors: "Lemire D",
    year: 2019,
    title: "Fast random integer generation in an interval",
    journal: "ACM Transactions on Modeling and Computer Simulation",
    volume: "29(1)",
    pages: "3:1-3:12",
    doi: "10.1145/3230636",
  },
  matsumoto1998: {
    authors: "Matsumoto M, Nishimura T",
    year: 1998,
    title: "Mersenne Twister: a 623-dimensionally equidistributed uniform pseudo-random number generator",
    journal: "ACM Transactions on Modeling and Computer Simulation",
    volume: "8",
    pages: "3-30",
    doi: "10.1145/272991.272995",
  },
  abramowitz1964: {
    authors: "Abramowitz M, Stegun IA",
    year: 1964,
    title: "Handbook of Mathematical Functions with Formulas, Graphs, and Mathematical Tables",
    journal: "National Bureau of Standards, Applied Mathematics Series 55",
  },
  lentz1976: {
    authors: "Lentz WJ",
    year: 1976,
    title: "Generating Bessel functions in Mie scattering calculations using continued fractions",
    journal: "Applied Optics",
    volume: "15",
    pages: "668-671",
    doi: "10.1364/AO.15.000668",
  },
  press2007: {
    authors: "Press WH, Teukolsky SA, Vetterling WT, Flannery BP",
    year: 2007,
    title: "Numerical Recipes: The Art of Scientific Computing, 3rd edition",
    journal: "Cambridge University Press",
  },
  brent1973: {
    authors: "Brent RP",
    year: 1973,
    title: "Algorithms for Minimization without Derivatives",
    journal: "Prentice-Hall",
  },
} satisfies Record<string, Reference>;
