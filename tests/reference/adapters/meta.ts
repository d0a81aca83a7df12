import { type RandomEffectsMeta, randomEffectsMeta } from "../../../src/stats/meta/random-effects-meta.js";
import type { MetaMeasure } from "../../../src/stats/meta/trial-effect-sizes.js";
import type { Adapter } from "./types.js";

/** Back on the analysis scale (log OR or RD), as metafor reports. */
function scaled(r: RandomEffectsMeta, x: number): number {
  return r.measure === "or" ? Math.log(x) : x;
}

function adapter(measure: MetaMeasure): Adapter {
  return (input) => {
    const trials = { a: input.a, n1: input.n1, c: input.c, n0: input.n0 };
    // The toolkit's default (REML converged to 1e-10), as the corrected reference is.
    const r = randomEffectsMeta(trials, measure, { level: input.level ?? 0.95 });
    const fields: Record<string, unknown> = {
      yi: r.effects.yi,
      vi: r.effects.vi,
      dl_tau2: r.tau2Dl,
      reml_tau2: r.tau2Reml,
      hksj_lower: scaled(r, r.knappHartung.ci[0]),
      hksj_upper: scaled(r, r.knappHartung.ci[1]),
      Q: r.heterogeneity.Q,
      Q_p: r.heterogeneity.p,
      I2: r.heterogeneity.I2,
    };
    for (const [key, e] of [
      ["dl", r.dl],
      ["reml", r.reml],
    ] as const) {
      fields[`${key}_estimate`] = scaled(r, e.estimate);
      fields[`${key}_se`] = e.se;
      fields[`${key}_lower`] = scaled(r, e.ci[0]);
      fields[`${key}_upper`] = scaled(r, e.ci[1]);
    }
    return fields;
  };
}

export const metaAdapters: Record<string, Adapter> = {
  "meta.random_effects.or": adapter("or"),
  "meta.random_effects.rd": adapter("rd"),
};
