// `fgc power` as a pipeline, in order:
//   1. checkPowerPlan: the fields the outcome needs (p0, sd or eventProbability), effects that can
//      be detected, a sample size that can be analysed;
//   2. powerRows: for each effect and ICC, the sample size for the plan's power (and the power at
//      the plan's nPerArm), from the estimators of stats/power;
//   3. powerCurve: power against children per arm for the first effect at every ICC, and for
//      every effect at the first ICC, on a grid up to 1.5 times the largest size in the table.
import { designEffect } from "../stats/power/design-effect.js";
import { survivalEvents, survivalEventsPower } from "../stats/power/survival-events.js";
import { twoMeansPower, twoMeansSampleSize } from "../stats/power/two-means-power.js";
import { twoProportionsPower, twoProportionsSampleSize } from "../stats/power/two-proportions-power.js";
import { UsageError } from "../util/errors.js";
import type { PowerPlan } from "./plan.js";
import { POWER_RESULTS_VERSION, type PowerCurvePoint, type PowerResult, type PowerRow } from "./result.js";

/** Points on each power curve. */
const CURVE_POINTS = 40;

const methods = {
  proportions: "power.two_proportions",
  means: "power.two_means",
  time_to_event: "power.survival_events",
} as const;

/**
 * Sample sizes and power over a grid of effects and ICCs for a two-arm trial randomised by cluster
 * (family), with the power curves.
 *
 * Method: the steps listed at the top of power/run.ts, with twoProportionsSampleSize,
 * twoMeansSampleSize or survivalEvents (Schoenfeld 1983) times the design effect: 1 + (m − 1)·ICC
 * for equal clusters, 1 + ((cv² + 1)·m − 1)·ICC for unequal ones (Eldridge et al. 2006).
 * Defaults: those of powerPlanSchema.
 * @example
 * ```ts
 * import { powerPlanSchema, runPower } from "fgc-toolkit";
 * const plan = powerPlanSchema.parse({ outcome: "proportions", p0: 0.48, effects: [0.36] });
 * const row = runPower(plan, "1.0.0").rows[0];
 * [row.effect, row.icc, row.designEffect]; // => [0.36, 0, 1]
 * row.nPerArm; // => 264.37
 * ```
 */
export function runPower(plan: PowerPlan, toolVersion: string): PowerResult {
  checkPowerPlan(plan);
  const rows = powerRows(plan);
  const curve = powerCurve(plan, rows);
  const clustered = plan.clusterSize > 1 && plan.iccs.some((icc) => icc > 0);
  const references = {
    proportions: ["fleiss2003"],
    means: ["cohen1988", "lenth1989"],
    time_to_event: ["schoenfeld1983"],
  }[plan.outcome];
  const notes = [
    "two-sided tests; sample sizes are not rounded up: round each arm up to whole children, and to whole families",
  ];
  if (plan.outcome === "time_to_event")
    notes.push(
      `children = events / ${plan.eventProbability} (the probability of the event during follow-up), shared equally between the arms`,
    );
  if (clustered) notes.push("design effect 1 + ((cv² + 1)·m − 1)·ICC for families of mean size m");
  return {
    version: POWER_RESULTS_VERSION,
    tool: { name: "fgc-toolkit", version: toolVersion },
    plan,
    method: methods[plan.outcome],
    rows,
    curve,
    references: [...references, "donner1981", ...(plan.clusterSizeCv > 0 ? ["eldridge2006"] : [])],
    notes,
  };
}

function checkPowerPlan(plan: PowerPlan): void {
  const { outcome, effects } = plan;
  if (outcome === "proportions") {
    if (plan.p0 === undefined)
      throw new UsageError("plan.p0: proportions need the comparator's proportion, e.g. 0.48");
    effects.forEach((p1) => {
      if (!(p1 > 0 && p1 < 1) || p1 === plan.p0)
        throw new UsageError(`plan.effects: ${p1} is not a proportion in (0, 1) other than p0 (${plan.p0})`);
    });
  } else if (outcome === "means") {
    if (plan.sd === undefined)
      throw new UsageError("plan.sd: means need the outcome's standard deviation, e.g. 110");
    effects.forEach((d) => {
      if (d === 0 || !Number.isFinite(d))
        throw new UsageError(`plan.effects: ${d} is not a difference that can be detected`);
    });
  } else {
    if (plan.eventProbability === undefined)
      throw new UsageError(
        "plan.eventProbability: time to event needs the probability of the event, e.g. 0.45",
      );
    effects.forEach((hr) => {
      if (!(hr > 0) || hr === 1 || !Number.isFinite(hr))
        throw new UsageError(`plan.effects: ${hr} is not a hazard ratio other than 1`);
    });
  }
  if (plan.nPerArm !== null) {
    const smallest = Math.min(...plan.iccs.map((icc) => plan.nPerArm! / de(plan, icc)));
    if (outcome === "means" && !(smallest > 1))
      throw new UsageError(
        `plan.nPerArm: ${plan.nPerArm} per arm leaves ${smallest.toFixed(2)} after the design effect; a t test needs more than 1`,
      );
  }
}

function de(plan: PowerPlan, icc: number): number {
  return designEffect(plan.clusterSize, icc, plan.clusterSizeCv);
}

/** Children per arm (individually randomised) and total events for one effect. */
function sampleSize(plan: PowerPlan, effect: number): { nPerArm: number; events?: number } {
  const level = plan.level;
  if (plan.outcome === "proportions")
    return {
      nPerArm: twoProportionsSampleSize({ p1: effect, p0: plan.p0!, level, power: plan.power }).nPerArm,
    };
  if (plan.outcome === "means")
    return { nPerArm: twoMeansSampleSize({ delta: effect, sd: plan.sd!, level, power: plan.power }).nPerArm };
  const events = survivalEvents({ hazardRatio: effect, power: plan.power, level }).events;
  return { nPerArm: events / plan.eventProbability! / 2, events };
}

/** Power with n children per arm after clustering (design effect `d`). */
function powerAt(plan: PowerPlan, effect: number, n: number, d: number): number {
  const effective = n / d;
  const level = plan.level;
  if (plan.outcome === "proportions")
    return twoProportionsPower({ p1: effect, p0: plan.p0!, level }, effective);
  if (plan.outcome === "means")
    return effective > 1 ? twoMeansPower({ delta: effect, sd: plan.sd!, level }, effective) : Number.NaN;
  return survivalEventsPower({ hazardRatio: effect, level }, 2 * effective * plan.eventProbability!);
}

function powerRows(plan: PowerPlan): PowerRow[] {
  return plan.effects.flatMap((effect) => {
    const size = sampleSize(plan, effect);
    return plan.iccs.map((icc) => {
      const d = de(plan, icc);
      const row: PowerRow = {
        effect,
        icc,
        designEffect: d,
        nPerArm: finiteOrNull(size.nPerArm),
        nPerArmClustered: finiteOrNull(size.nPerArm * d),
        clustersPerArm: finiteOrNull((size.nPerArm * d) / plan.clusterSize),
        powerAtN: plan.nPerArm === null ? null : finiteOrNull(powerAt(plan, effect, plan.nPerArm, d)),
      };
      if (size.events !== undefined) row.events = finiteOrNull(size.events);
      return row;
    });
  });
}

/** Not estimable (NaN) is null in the result, as the trial results write it. */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function powerCurve(plan: PowerPlan, rows: PowerRow[]): PowerCurvePoint[] {
  const sizes = rows.map((r) => r.nPerArmClustered).filter((x): x is number => x !== null);
  const top = Math.max(1.5 * Math.max(...sizes, 4), (plan.nPerArm ?? 0) * 1.1);
  const first = plan.effects[0];
  const series = [
    ...plan.iccs.map((icc) => ({ effect: first, icc })),
    ...plan.effects.slice(1).map((effect) => ({ effect, icc: plan.iccs[0] })),
  ];
  const points: PowerCurvePoint[] = [];
  for (const { effect, icc } of series) {
    const d = de(plan, icc);
    for (let k = 1; k <= CURVE_POINTS; k++) {
      const n = (top * k) / CURVE_POINTS;
      const power = powerAt(plan, effect, n, d);
      if (Number.isFinite(power)) points.push({ effect, icc, nPerArm: n, power });
    }
  }
  return points;
}
