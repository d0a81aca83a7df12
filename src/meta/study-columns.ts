/**
 * The columns of a studies file for `fgc meta`, with what each holds: the single list the reader
 * checks headers against and the data dictionary prints.
 */

/** How a file gives each study's effect: 2×2 counts, an estimate with its CI, or yi and vi. */
export type MetaInputKind = "counts" | "intervals" | "effects";

/** The effect columns of each kind; every one is required when the kind is used (level aside). */
export const metaKindColumns: Record<MetaInputKind, readonly string[]> = {
  counts: ["a", "n1", "c", "n0"],
  intervals: ["estimate", "lower", "upper"],
  effects: ["yi", "vi"],
};

/** Column, when it is used, and what it holds (units, default). */
export const metaStudyColumns: readonly [column: string, use: string, description: string][] = [
  [
    "study",
    "required",
    "the study's name as the forest plot labels it (e.g. `Taylor et al.`); unique in the file",
  ],
  ["year", "optional", "year of publication, a whole number 1900–2100; blank when none (a worked example)"],
  [
    "source",
    "required",
    "where every figure of the row comes from: citation with DOI or URL, and the table or page; never blank",
  ],
  ["a", "counts", "participants with the event in the intervention (FGC) arm: whole number ≥ 0, at most n1"],
  ["n1", "counts", "participants analysed in the intervention arm: whole number ≥ 1"],
  ["c", "counts", "participants with the event in the comparator arm: whole number ≥ 0, at most n0"],
  ["n0", "counts", "participants analysed in the comparator arm: whole number ≥ 1"],
  [
    "estimate",
    "estimate with CI",
    "the published effect on its natural scale: a ratio (HR, RR, OR; not its log) or a difference (RD as a proportion, −0.086 not −8.6; SMD)",
  ],
  ["lower", "estimate with CI", "lower confidence limit, same scale as estimate"],
  ["upper", "estimate with CI", "upper confidence limit, above lower"],
  ["level", "estimate with CI, optional", "level of the published interval, in (0, 1); default 0.95"],
  ["yi", "effects", "effect on the analysis scale: a log ratio or a difference"],
  ["vi", "effects", "its sampling variance (squared standard error), above 0"],
];
