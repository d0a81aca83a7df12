// The version of `fgc trial`'s results.json, apart from its schema (result.ts) so that a run loads
// no zod schema to stamp it.

/** The `version` of every trial result this toolkit writes. */
export const RESULTS_VERSION = "fgc-toolkit/trial-results/1";
