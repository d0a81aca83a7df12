import { agrestiCoullInterval } from "../../../src/stats/proportions/agresti-coull-interval.js";
import { clopperPearsonInterval } from "../../../src/stats/proportions/clopper-pearson-interval.js";
import { jeffreysInterval } from "../../../src/stats/proportions/jeffreys-interval.js";
import { waldInterval } from "../../../src/stats/proportions/wald-interval.js";
import { wilsonInterval } from "../../../src/stats/proportions/wilson-interval.js";
import type { Estimate } from "../../../src/stats/estimate.js";
import type { Adapter } from "./types.js";

function limits(e: Estimate): Record<string, unknown> {
  return { estimate: e.estimate, lower: e.ci[0], upper: e.ci[1] };
}

export const proportionAdapters: Record<string, Adapter> = {
  "proportion_ci.wilson": (i) => limits(wilsonInterval(i.x, i.n, i.level ?? 0.95)),
  "proportion_ci.wilson_cc": (i) =>
    limits(wilsonInterval(i.x, i.n, i.level ?? 0.95, { continuityCorrection: true })),
  "proportion_ci.clopper_pearson": (i) => limits(clopperPearsonInterval(i.x, i.n, i.level ?? 0.95)),
  "proportion_ci.jeffreys": (i) => limits(jeffreysInterval(i.x, i.n, i.level ?? 0.95)),
  "proportion_ci.agresti_coull": (i) => limits(agrestiCoullInterval(i.x, i.n, i.level ?? 0.95)),
  "proportion_ci.wald": (i) => limits(waldInterval(i.x, i.n, i.level ?? 0.95)),
};
