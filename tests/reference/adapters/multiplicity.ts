import { bhAdjustedP } from "../../../src/stats/multiplicity/bh-adjusted-p.js";
import { hochbergAdjustedP } from "../../../src/stats/multiplicity/hochberg-adjusted-p.js";
import { holmAdjustedP } from "../../../src/stats/multiplicity/holm-adjusted-p.js";
import type { Adapter } from "./types.js";

export const multiplicityAdapters: Record<string, Adapter> = {
  "multiplicity.holm": (input) => ({ adjusted: holmAdjustedP(input.p).adjusted }),
  "multiplicity.hochberg": (input) => ({ adjusted: hochbergAdjustedP(input.p).adjusted }),
  "multiplicity.bh": (input) => ({ adjusted: bhAdjustedP(input.p).adjusted }),
};
