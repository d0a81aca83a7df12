import { normalQuantile } from "../../stats/distributions/normal.js";
import { clusterBootstrap } from "../../stats/resampling/cluster-bootstrap.js";
import { UsageError } from "../../util/errors.js";
import { createRng } from "../../util/rng.js";
import { adjustedMean } from "../adjusted.js";
import { unadjustedMean } from "../days-in-care.js";
import type { TrialPlan } from "../plan.js";
import type { TrialEstimate } from "../result.js";
import type { TrialData } from "../trial-data.js";
import { childCosts } from "./child-costs.js";
import type { CostsResult } from "./costs-result.js";
import { PLACEMENT_GROUPS } from "../../schema/codes/placement-groups.js";
import type { UnitCosts } from "./unit-costs.js";

/** HM Treasury Green Book discount rate for costs beyond the first year. */
export const GREEN_BOOK_RATE = 0.035;

/**
 * Options of the cost-consequence analysis (runTrial's `costs`, `fgc trial --costs`).
 */
export interface CostOptions {
  /**
   * The unit costs read by parseUnitCosts (or readUnitCostsFile); required.
   */
  unitCosts: UnitCosts;
  /** Children whose families enter pre-proceedings in England in a year (--national-children). */
  nationalChildren?: number;
}

/**
 * The cost outcome's name: `cost_12m` for 365 days (months when the window is a whole number of
 * 30.4-day months, else days).
 * @example
 * ```ts
 * import { costOutcomeName } from "fgc-toolkit";
 * costOutcomeName(365); // => "cost_12m"
 * costOutcomeName(183); // => "cost_183d"
 * ```
 */
export function costOutcomeName(window: number): string {
  const months = (window * 12) / 365;
  return Number.isInteger(months) ? `cost_${months}m` : `cost_${window}d`;
}

/**
 * Cost consequences of referral for an FGC, as a cost-consequence analysis reports them
 * (Drummond et al. 2015): each child's cost over the window (childCosts), the arm means, the
 * difference unadjusted (Welch 1947) and adjusted (the days-in-care linear model: the plan's fixed
 * effects and covariates, SE clustered by the plan's cluster, HC1 as R's sandwich::vcovCL), the
 * cluster bootstrap of the difference with percentile and BCa limits (Davison & Hinkley 1997;
 * Efron 1987) and the probability that referral saves money (share of replicates below 0), the
 * cost-effectiveness plane (Black 1990) and, when asked, a national projection.
 * Choices: the bootstrap uses the plan's seed + 1 and replicates, as the sensitivity bootstrap
 * does, so it draws the same families; the plane's other axis (difference in the proportion
 * looked after at the end of the window) comes from a second bootstrap with the same seed, hence
 * the same draws, replicate for replicate. Beyond 365 days, costs in later years of follow-up are
 * discounted at plan.discountRate (default 3.5% a year, HM Treasury 2022 Green Book; childCosts
 * says how), and results.json and the report state the rate and the rule.
 * Defaults: no national projection unless `nationalChildren` is given.
 * @example
 * ```ts
 * import { readTrialInput, readUnitCostsFile } from "fgc-toolkit/node";
 * import { runTrial, trialPlanSchema } from "fgc-toolkit";
 * // runTrial calls costAnalysis when given unit costs
 * const { input } = await readTrialInput("data-samples/trial/analysis.csv", "1.0.0");
 * const { unitCosts } = await readUnitCostsFile("data-samples/costs/unit-costs.csv", { placementGroups: false });
 * const plan = trialPlanSchema.parse({ secondary: [], subgroups: [], bootstrapReplicates: 0, rerandomisations: 0 });
 * const result = runTrial(input, plan, { costs: { unitCosts: unitCosts! } });
 * result.costs?.priceYear; // => "2023-24"
 * result.estimates.filter((e) => e.outcome === "cost_12m").map((e) => [e.measure, e.model, Math.round(e.estimate)]); // => [["mean_fgc", "unadjusted", 27767], ["mean_control", "unadjusted", 35541], ["mean_difference", "unadjusted", -7773], ["mean_difference", "adjusted", -7463]]
 * ```
 */
export function costAnalysis(
  data: TrialData,
  population: Int32Array,
  plan: TrialPlan,
  options: CostOptions,
  primaryRiskDifference: TrialEstimate | undefined,
): { estimates: TrialEstimate[]; costs: CostsResult; notes: string[]; references: string[] } {
  const outcome = costOutcomeName(plan.window);
  const discountRate = plan.discountRate ?? GREEN_BOOK_RATE;
  const costs = childCosts(data, population, options.unitCosts, { window: plan.window, rate: discountRate });
  const rows = costs.rows;
  for (const [arm, name] of [
    [1, "FGC"],
    [0, "control"],
  ] as const)
    if (!rows.some((i) => data.arm[i] === arm))
      throw new UsageError(
        `--costs: no analysed child of the ${name} arm has days in care${options.unitCosts.byPlacementGroup ? " by placement group" : ""} and proceedings recorded, so there is no cost to compare`,
      );
  const notes: string[] = [];
  const references = ["drummond2015", "black1990", "hmtreasury2022"];
  const withCost: TrialData = { ...data, outcomes: { ...data.outcomes, [outcome]: costs.total } };
  const estimates: TrialEstimate[] = [];
  const level = plan.level;

  // Arm means with cluster-robust intervals.
  for (const [arm, measure] of [
    [1, "mean_fgc"],
    [0, "mean_control"],
  ] as const) {
    const sel = Array.from(rows).filter((i) => data.arm[i] === arm);
    const m = clusterRobustMean(
      sel.map((i) => costs.total[i]),
      sel.map((i) => data.cluster[i]),
      level,
    );
    estimates.push({
      outcome,
      measure,
      model: "unadjusted",
      method: "mean_cluster_robust",
      estimate: m.estimate,
      ci: m.ci,
      se: m.se,
      p: null,
      n: sel.length,
    });
  }
  references.push("liang1986", "cameron2015");
  const welch = unadjustedMean(withCost, outcome, rows, level);
  estimates.push(...welch.estimates);
  notes.push(...welch.notes);
  references.push(...welch.references);
  const adjusted = adjustedMean(withCost, outcome, rows, plan);
  estimates.push(...adjusted.estimates);
  notes.push(...adjusted.notes);
  references.push(...adjusted.references);

  // Cluster bootstrap: per-cluster sums, cluster's arm and stratum (its first child's LA).
  let bootstrap: CostsResult["bootstrap"] = null;
  if (plan.bootstrapReplicates > 0) {
    const la = data.outcomes.looked_after_12m;
    const index = new Map<number, number>();
    const sum: number[] = [];
    const count: number[] = [];
    const laSum: number[] = [];
    const laCount: number[] = [];
    const armOf: number[] = [];
    const stratum: number[] = [];
    for (const i of rows) {
      let k = index.get(data.cluster[i]);
      if (k === undefined) {
        k = sum.length;
        index.set(data.cluster[i], k);
        sum.push(0);
        count.push(0);
        laSum.push(0);
        laCount.push(0);
        armOf.push(data.arm[i]);
        stratum.push(data.la[i]);
      }
      sum[k] += costs.total[i];
      count[k] += 1;
      if (!Number.isNaN(la[i])) {
        laSum[k] += la[i];
        laCount[k] += 1;
      }
    }
    const difference = (s: number[], c: number[]) => (ix: Int32Array) => {
      const t = [0, 0];
      const m = [0, 0];
      for (let j = 0; j < ix.length; j++) {
        const k = ix[j];
        t[armOf[k]] += s[k];
        m[armOf[k]] += c[k];
      }
      return m[0] > 0 && m[1] > 0 ? t[1] / m[1] - t[0] / m[0] : Number.NaN;
    };
    const run = (s: number[], c: number[]) =>
      clusterBootstrap({
        nClusters: sum.length,
        statistic: difference(s, c),
        rng: createRng(plan.seed + 1),
        replicates: plan.bootstrapReplicates,
        stratum,
        level,
        n: rows.length,
      });
    const cost = run(sum, count);
    const looked = run(laSum, laCount);
    references.push(...cost.references);
    notes.push(...cost.notes.map((x) => `${outcome}, cluster bootstrap: ${x}`));
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    const kept = cost.replicates.filter((x) => !Number.isNaN(x));
    for (const [method, e] of [
      ["cluster_bootstrap_percentile", cost.percentile],
      ["cluster_bootstrap_bca", cost.bca],
    ] as const)
      estimates.push({
        outcome,
        measure: "mean_difference",
        model: "unadjusted",
        method,
        estimate: e.estimate,
        ci: e.ci,
        se: e.se ?? null,
        p: null,
        n: rows.length,
      });
    bootstrap = {
      replicates: plan.bootstrapReplicates,
      seed: plan.seed + 1,
      percentile: [finite(cost.percentile.ci[0]), finite(cost.percentile.ci[1])],
      bca: [finite(cost.bca.ci[0]), finite(cost.bca.ci[1])],
      probabilitySaving: kept.length ? kept.filter((x) => x < 0).length / kept.length : null,
      lookedAfterOutcome: "looked_after_12m",
      observed: { lookedAfterDifference: finite(looked.estimate), costDifference: finite(cost.estimate) },
      lookedAfterDifference: looked.replicates.map(finite),
      costDifference: cost.replicates.map(finite),
    };
  }

  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const byArm = (values: ArrayLike<number>, keep: (i: number) => boolean = () => true) => ({
    fgc: mean(
      Array.from(rows)
        .filter((i) => data.arm[i] === 1 && keep(i))
        .map((i) => values[i]),
    ),
    control: mean(
      Array.from(rows)
        .filter((i) => data.arm[i] === 0 && keep(i))
        .map((i) => values[i]),
    ),
  });
  const families = (arm: number) =>
    new Set(
      Array.from(rows)
        .filter((i) => data.arm[i] === arm)
        .map((i) => data.family[i]),
    );
  const heldFamilies = (arm: number) =>
    new Set(
      Array.from(rows)
        .filter((i) => data.arm[i] === arm && data.fgcHeld[i] === 1)
        .map((i) => data.family[i]),
    );
  const fgcFamilies = families(1).size;
  const controlFamilies = families(0).size;
  const resourceUse: CostsResult["resourceUse"] = [
    {
      measure: "days_in_care",
      label: "Mean days in care per child",
      ...byArm(data.outcomes.days_in_care_12m),
    },
    ...(costs.groupDays
      ? PLACEMENT_GROUPS.map((g) => ({
          measure: `days_in_care_${g}`,
          label: `Of which: ${groupWords[g]}`,
          ...byArm((costs.groupDays as Record<string, Float64Array>)[g]),
        }))
      : []),
    {
      measure: "proceedings",
      label: "Proportion with care proceedings issued",
      ...byArm(data.outcomes.proceedings_12m),
    },
    {
      measure: "conferences_per_family",
      label: "Conferences held per family",
      fgc: fgcFamilies ? heldFamilies(1).size / fgcFamilies : null,
      control: controlFamilies ? heldFamilies(0).size / controlFamilies : null,
    },
  ];
  const costsPerArm: CostsResult["costsPerArm"] = [
    { component: "care", label: "Days in care", ...byArm(costs.care) },
    { component: "proceedings", label: "Care proceedings", ...byArm(costs.proceedings) },
    { component: "fgc", label: "Referral and conference", ...byArm(costs.fgc) },
    { component: "total", label: "Total", ...byArm(costs.total) },
  ];

  let projection: CostsResult["projection"] = null;
  const adj = adjusted.estimates.find((e) => e.measure === "mean_difference");
  if (options.nationalChildren !== undefined) {
    const N = options.nationalChildren;
    const scale = (x: number | null | undefined) =>
      x === null || x === undefined || !Number.isFinite(x) ? null : N * x;
    const rd = primaryRiskDifference;
    projection = {
      nationalChildren: N,
      costDifference: { estimate: scale(adj?.estimate), ci: [scale(adj?.ci[0]), scale(adj?.ci[1])] },
      childrenKeptOutOfCare:
        rd && plan.primary !== "proceedings_12m"
          ? {
              outcome: rd.outcome,
              estimate: scale(rd.estimate === null ? null : -rd.estimate),
              ci: [scale(rd.ci[1] === null ? null : -rd.ci[1]), scale(rd.ci[0] === null ? null : -rd.ci[0])],
            }
          : null,
      label: `Projection, not a finding: assumes that the trial's effect and costs transfer to all ${N.toLocaleString("en-GB")} children a year whose families enter pre-proceedings in England (the N given with --national-children)`,
    };
  }

  const excluded = population.length - rows.length;
  if (excluded > 0)
    notes.push(
      `${outcome}: ${excluded} analysed children without days in care or proceedings recorded are left out of the cost analysis`,
    );
  if (options.unitCosts.byPlacementGroup && options.unitCosts.items.some((u) => u.item === "day_in_care"))
    notes.push(`${outcome}: day rates by placement group used; the single day_in_care rate is not used`);
  return {
    estimates,
    costs: {
      outcome,
      windowDays: plan.window,
      currency: "GBP",
      priceYear: options.unitCosts.priceYear,
      discounting: discountingOf(plan.window, discountRate),
      unitCostFile: options.unitCosts.file,
      unitCosts: options.unitCosts.items,
      byPlacementGroup: options.unitCosts.byPlacementGroup,
      children: {
        fgc: count(rows, (i) => data.arm[i] === 1),
        control: count(rows, (i) => data.arm[i] === 0),
      },
      families: { fgc: fgcFamilies, control: controlFamilies },
      excluded,
      resourceUse,
      costsPerArm,
      bootstrap,
      projection,
      notes: [],
    },
    notes,
    references: [...new Set(references)],
  };
}

const groupWords: Record<string, string> = {
  foster: "foster care",
  kin: "placed with kin",
  residential: "residential care",
  other: "other placements",
};

function count(rows: Int32Array, keep: (i: number) => boolean): number {
  let n = 0;
  for (const i of rows) if (keep(i)) n++;
  return n;
}

/**
 * Mean of y with a cluster-robust (sandwich) standard error and Wald interval: the intercept-only
 * linear model with the HC1 small-sample factor G/(G − 1), as R's sandwich::vcovCL(type = "HC1")
 * gives for lm(y ~ 1) (Liang & Zeger 1986; Cameron & Miller 2015).
 * SE² = G/(G − 1) · Σ_g (Σ_{i∈g} (y_i − ȳ))² / n².
 */
function clusterRobustMean(
  y: number[],
  cluster: number[],
  level: number,
): { estimate: number; se: number; ci: [number, number] } {
  const n = y.length;
  if (n === 0) return { estimate: Number.NaN, se: Number.NaN, ci: [Number.NaN, Number.NaN] };
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const score = new Map<number, number>();
  for (let i = 0; i < n; i++) score.set(cluster[i], (score.get(cluster[i]) ?? 0) + y[i] - mean);
  const g = score.size;
  let ss = 0;
  for (const s of score.values()) ss += s * s;
  const se = g > 1 ? Math.sqrt(((g / (g - 1)) * ss) / (n * n)) : Number.NaN;
  const z = normalQuantile((1 + level) / 2);
  return { estimate: mean, se, ci: [mean - z * se, mean + z * se] };
}

/**
 * The `discounting` block of the costs result: the rate, whether any cost was discounted, and the
 * rule in words (the report prints it). The rule itself is childCosts's.
 * @example discountingOf(730, 0.035).applied // true
 */
export function discountingOf(window: number, rate: number): CostsResult["discounting"] {
  const percent = `${Number((rate * 100).toPrecision(6))}%`;
  const named = rate === GREEN_BOOK_RATE ? "HM Treasury Green Book" : "plan.discountRate";
  if (window <= 365)
    return {
      rate,
      applied: false,
      note:
        rate === GREEN_BOOK_RATE
          ? `The window is ${window} days, within the first year: nothing is discounted (HM Treasury Green Book discounting at 3.5% a year applies from the second year).`
          : `The window is ${window} days, within the first year: nothing is discounted (discounting at ${percent} a year, plan.discountRate, applies from the second year).`,
    };
  const years = Math.ceil(window / 365);
  const rule =
    "day d after the index date is in year ⌈d/365⌉; days in care count in the year they fall in, care proceedings in the year of the first issue in the window, referral and conference in year 1 (at the index)";
  if (rate === 0)
    return {
      rate,
      applied: false,
      note: `The window is ${window} days (${years} years of follow-up) and the discount rate is 0 (plan.discountRate): nothing is discounted; costs are in the file's price year, undiscounted.`,
    };
  return {
    rate,
    applied: true,
    note: `The window is ${window} days (${years} years of follow-up): costs in later years are discounted at ${percent} a year (${named}), a cost in year y multiplied by 1/${Number((1 + rate).toPrecision(6))}^(y − 1); ${rule}. Costs are present values in the file's price year.`,
  };
}
