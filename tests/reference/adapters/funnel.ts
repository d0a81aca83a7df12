import { exactBinomialLimits } from "../../../src/stats/funnel/exact-binomial-limits.js";
import type { Adapter } from "./types.js";

export const funnelAdapters: Record<string, Adapter> = {
  "funnel.exact_binomial_limits": (input) => ({ limits: exactBinomialLimits(input.target, input.n).limits }),
};
