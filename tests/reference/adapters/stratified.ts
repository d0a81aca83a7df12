import { cochranMantelHaenszelTest } from "../../../src/stats/stratified/cochran-mantel-haenszel-test.js";
import { mantelHaenszel } from "../../../src/stats/stratified/mantel-haenszel.js";
import type { Adapter } from "./types.js";

export const stratifiedAdapters: Record<string, Adapter> = {
  "stratified.cmh_corrected": (input) => {
    const t = cochranMantelHaenszelTest(
      { a: input.a, n1: input.n1, c: input.c, n0: input.n0 },
      { correct: true },
    );
    return { statistic: t.statistic, p: t.p };
  },
  "stratified.mantel_haenszel": (input) => {
    const r = mantelHaenszel({ a: input.a, n1: input.n1, c: input.c, n0: input.n0 }, input.level ?? 0.95);
    return {
      or_mh: r.oddsRatio.estimate,
      or_mh_lower: r.oddsRatio.ci[0],
      or_mh_upper: r.oddsRatio.ci[1],
      rr_mh: r.riskRatio.estimate,
      rr_mh_lower: r.riskRatio.ci[0],
      rr_mh_upper: r.riskRatio.ci[1],
      rd_mh: r.riskDifference.sato.estimate,
      rd_mh_sato_lower: r.riskDifference.sato.ci[0],
      rd_mh_sato_upper: r.riskDifference.sato.ci[1],
      rd_mh_gr_lower: r.riskDifference.greenlandRobins.ci[0],
      rd_mh_gr_upper: r.riskDifference.greenlandRobins.ci[1],
      cmh_statistic: r.cmh.statistic,
      cmh_p: r.cmh.p,
      breslow_day_statistic: r.breslowDay.statistic,
      breslow_day_p: r.breslowDay.p,
      woolf_statistic: r.woolf.statistic,
      woolf_p: r.woolf.p,
    };
  },
};
