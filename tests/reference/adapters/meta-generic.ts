import { type GenericEffectsMeta, genericEffectsMeta } from "../../../src/stats/meta/generic-effects-meta.js";
import type { Adapter } from "./types.js";

/** meta.generic.{dl, reml}: yi, vi, level in; metafor's field names out (measure "generic"). */
function adapter(method: "dl" | "reml"): Adapter {
  return (input) => {
    const r: GenericEffectsMeta = genericEffectsMeta(
      { yi: input.yi, vi: input.vi },
      { method, level: input.level ?? 0.95 },
    );
    return {
      tau2: r.tau2,
      estimate: r.pooled.estimate,
      se: r.pooled.se,
      lower: r.pooled.ci[0],
      upper: r.pooled.ci[1],
      lower_knha: r.knappHartung.ci[0],
      upper_knha: r.knappHartung.ci[1],
      pi_lower: r.prediction[0],
      pi_upper: r.prediction[1],
      pi_lower_knha: r.predictionKnappHartung[0],
      pi_upper_knha: r.predictionKnappHartung[1],
      Q: r.heterogeneity.Q,
      Q_p: r.heterogeneity.p,
      I2: r.heterogeneity.I2,
      H2: r.heterogeneity.H2,
    };
  };
}

export const metaGenericAdapters: Record<string, Adapter> = {
  "meta.generic.dl": adapter("dl"),
  "meta.generic.reml": adapter("reml"),
};
