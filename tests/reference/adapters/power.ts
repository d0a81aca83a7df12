import { survivalEvents } from "../../../src/stats/power/survival-events.js";
import { twoMeansPower, twoMeansSampleSize } from "../../../src/stats/power/two-means-power.js";
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
  "power.two_proportions_cluster_cv": (input) => {
    const size = twoProportionsSampleSize({
      p1: input.p1,
      p0: input.p2,
      level: 1 - input.alpha,
      power: input.power,
      meanClusterSize: input.mean_cluster_size,
      icc: input.icc,
      clusterSizeCv: input.cv,
    });
    return {
      n_per_arm: size.nPerArm,
      design_effect: size.designEffect,
      n_per_arm_clustered: size.nPerArmClustered,
    };
  },
  "power.two_means": (input) => {
    const design = { delta: input.delta, sd: input.sd, level: 1 - input.alpha };
    return {
      n_per_arm: twoMeansSampleSize({ ...design, power: input.power }).nPerArm,
      power_at_n: twoMeansPower(design, input.n_for_power),
    };
  },
  "power.survival_events": (input) => ({
    events: survivalEvents({
      hazardRatio: input.hr,
      power: input.power,
      level: 1 - input.alpha,
      allocationRatio: input.allocation_ratio,
    }).events,
  }),
};
