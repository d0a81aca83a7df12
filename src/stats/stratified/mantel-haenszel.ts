import type { Estimate, MethodId } from "../estimate.js";
import { breslowDayTest } from "./breslow-day-test.js";
import { cochranMantelHaenszelTest } from "./cochran-mantel-haenszel-test.js";
import type { StratifiedChiSquareTest } from "./homogeneity-test.js";
import { mantelHaenszelOddsRatio } from "./mantel-haenszel-odds-ratio.js";
import {
  type MantelHaenszelRiskDifference,
  mantelHaenszelRiskDifference,
} from "./mantel-haenszel-risk-difference.js";
import { mantelHaenszelRiskRatio } from "./mantel-haenszel-risk-ratio.js";
import type { Strata } from "./strata.js";
import { woolfHomogeneityTest } from "./woolf-homogeneity-test.js";

export interface MantelHaenszelAnalysis {
  oddsRatio: Estimate;
  riskRatio: Estimate;
  riskDifference: MantelHaenszelRiskDifference;
  cmh: StratifiedChiSquareTest;
  breslowDay: StratifiedChiSquareTest;
  woolf: StratifiedChiSquareTest;
  /** number of strata given */
  strata: number;
  level: number;
  method: MethodId;
  references: string[];
  notes: string[];
}

/**
 * The full Mantel–Haenszel analysis of a 2×2×K table (strata = local authorities): common OR,
 * RR and RD with their intervals, the CMH test and two tests of homogeneity of the OR.
 *
 * Method: see each part: mantelHaenszelOddsRatio (Mantel & Haenszel 1959; Robins, Breslow &
 * Greenland 1986), mantelHaenszelRiskRatio (Greenland & Robins 1985), mantelHaenszelRiskDifference
 * (Sato 1989; Greenland & Robins 1985), cochranMantelHaenszelTest (Cochran 1954), breslowDayTest
 * (Breslow & Day 1980), woolfHomogeneityTest (Woolf 1955).
 * Choices: those of the parts; Breslow–Day is computed at the MH odds ratio and is NaN when that
 * is not estimable.
 * Checked against: stratified.mantel_haenszel in ../shared/reference (epiR 2.0.57 epi.2by2,
 * mantelhaen.test(correct = FALSE)).
 * @example
 * ```ts
 * import { mantelHaenszel } from "fgc-toolkit";
 * const mh = mantelHaenszel({ a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] });
 * mh.oddsRatio.estimate; // => 2.8
 * mh.riskRatio.estimate; // => 2
 * ```
 */
export function mantelHaenszel(strata: Strata, level = 0.95): MantelHaenszelAnalysis {
  const oddsRatio = mantelHaenszelOddsRatio(strata, level);
  const riskRatio = mantelHaenszelRiskRatio(strata, level);
  const riskDifference = mantelHaenszelRiskDifference(strata, level);
  const cmh = cochranMantelHaenszelTest(strata);
  const woolf = woolfHomogeneityTest(strata);
  const breslowDay: StratifiedChiSquareTest =
    Number.isFinite(oddsRatio.estimate) && oddsRatio.estimate > 0
      ? breslowDayTest(strata, oddsRatio.estimate)
      : {
          statistic: Number.NaN,
          df: strata.a.length - 1,
          p: Number.NaN,
          references: ["breslow1980"],
          notes: ["not defined: the MH odds ratio is not estimable"],
        };
  const references = [
    ...new Set([
      ...oddsRatio.references,
      ...riskRatio.references,
      ...riskDifference.sato.references,
      ...cmh.references,
      ...breslowDay.references,
      ...woolf.references,
    ]),
  ];
  return {
    oddsRatio,
    riskRatio,
    riskDifference,
    cmh,
    breslowDay,
    woolf,
    strata: strata.a.length,
    level,
    method: "stratified.mantel_haenszel",
    references,
    notes: [],
  };
}
