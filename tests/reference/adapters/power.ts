import {
  twoProportionsPower,
  twoProportionsSampleSize,
} from "../../../src/stats/power/two-proportions-power.js";
import type { Adapter } from "./types.js";

export const powerAdapters: Record<string, Adapter> = {
  "power.two_proportions": (input) => {
    const design = {
      p1: input.p1,
      p0: input.p2,
      level: 1 - input.alpha,
      meanClusterSize: input.mean_cluster_size,
      icc: input.icc,
    };
    const size = twoProportionsSampleSize({ ...design, power: input.power });
    return {
      n_per_arm: size.nPerArm,
      design_effect: size.designEffect,
      n_per_arm_clustered: size.nPerArmClustered,
      power_at_n: twoProportionsPower(design, input.n_for_power),
    };
  },
};
