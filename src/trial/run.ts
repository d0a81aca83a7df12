// The trial pipeline, in order:
//  0. the plan against itself and the input: no repeats, no outcome as covariate, the input's
//     window, fixed effects with few levels (plan-checks.ts)
//  1. typed trial data from the validated analysis-ready table (trial-data.ts)
//  2. design checks: both arms, families not split across arms (design-checks.ts)
//  3. population under the plan's rules, every exclusion with its reason (population.ts); both
//     arms must keep children (design-checks.ts)
//  4. CONSORT flow (consort.ts) and baseline table (baseline.ts)
//  5. binary outcomes: arm rates and unadjusted effects (itt.ts), adjusted effects (adjusted.ts)
//  6. days in care: Welch (days-in-care.ts) and the adjusted linear model (adjusted.ts)
//  7. time to care: Kaplan–Meier, log-rank, stratified Cox (time-to-care.ts)
//  8. complier average causal effect (cace.ts)
//  9. subgroups with interaction tests (subgroups.ts)
// 10. sensitivity: re-randomisation and cluster bootstrap (sensitivity.ts)
// 11. multiplicity across secondary outcomes (multiplicity.ts)
// 12. the published trial beside this analysis, when the plan asks for it (published.ts)
// 13. intracluster correlations and cluster sizes, CONSORT's cluster extension (clustering.ts)
// 14. dates of recruitment and follow-up, CONSORT 14a (recruitment.ts)
// 15. plain method names (method-label.ts) and small-data cautions (small-data-cautions.ts)
// 16. cost consequences, when unit costs are given (costs/cost-analysis.ts)
// The result is a plain object (result.ts); the same input, plan and seed give the same bytes.
import { DataError, type Issue } from "../schema/issue.js";
import type { ColumnTable } from "../schema/table.js";
import { appendAll } from "../util/append-all.js";
import { adjustedBinary, adjustedMean } from "./adjusted.js";
import { baselineTable } from "./baseline.js";
import { complierEffect } from "./cace.js";
import { clusteringSummary } from "./clustering.js";
import { consortFlow } from "./consort.js";
import { type CostOptions, costAnalysis } from "./costs/cost-analysis.js";
import { unadjustedMean } from "./days-in-care.js";
import { checkAnalysedArms, checkTrialDesign } from "./design-checks.js";
import { unadjustedBinary } from "./itt.js";
import { methodLabel } from "./method-label.js";
import { adjustSecondary } from "./multiplicity.js";
import { binaryOutcomes, type TrialPlan } from "./plan.js";
import { checkPlanFitsInput, checkTrialPlan } from "./plan-checks.js";
import { publishedComparison } from "./published.js";
import { recruitmentPeriod } from "./recruitment.js";
import type { SubgroupRow, TrialEstimate, TrialResult } from "./result.js";
import { RESULTS_VERSION } from "./results-version.js";
import { trialPopulation } from "./population.js";
import {
  resampleInPlace,
  resamplingJob,
  type StartResampling,
  sensitivityFromResampling,
} from "./sensitivity.js";
import { type ArmEvents, armEvents, fewChildrenCautions, smallDataCautions } from "./small-data-cautions.js";
import { whichRows } from "./subset.js";
import { subgroupAnalysis } from "./subgroups.js";
import { analyseTimeToCare } from "./time-to-care.js";
import { trialDataFromTable } from "./trial-data.js";

/**
 * The trial pipeline's input: the validated analysis-ready table (one row per child), the input
 * files with their hashes, the row accounting of reading, and the window of its outcome columns.
 * Built by readTrialInput or readTrialExtracts (fgc-toolkit/node), or trialInputFromArquero.
 */
export interface TrialInput {
  table: ColumnTable;
  /** Input files with their hashes and rows, for provenance. */
  inputs: { file: string; sha256: string; rows: number }[];
  /** Rows read and excluded while loading (validation), carried into the result. */
  accounting: { read: number; excluded: { reason: string; rule: string; rows: number }[] };
  toolVersion: string;
  /**
   * Window of the table's outcome columns in days: 365 for an analysis-ready file (fixed 12-month
   * outcomes, the default), the plan's window when linked from extracts. The plan must match it.
   */
  window?: number;
}

/**
 * A part of the result, handed out as soon as it is computed (runTrial's onPart), so that a
 * caller can start on it (cli/trial.ts draws its chart) while the analysis goes on: the CONSORT
 * flow and the survival part (the very objects of the result); the estimates of the outcomes
 * so far, and then `effects`, every estimate of an effect once the complier effect is in (both
 * before the result's rounding of non-finite numbers to null and its method labels); and the
 * subgroup rows with the plan's level and primary outcome, when there are any, before the
 * re-randomisation and bootstrap (the rows before the result adds its trial-wide cautions).
 */
export type TrialPart =
  | { consort: TrialResult["consort"] }
  | { survival: TrialResult["survival"] }
  | { estimates: readonly TrialEstimate[] }
  | { effects: readonly TrialEstimate[]; level: number }
  | { subgroups: readonly SubgroupRow[]; level: number; primary: string };

/**
 * Analyses a two-arm trial of referral for an FGC, randomised by family, under a plan: the CONSORT
 * flow, the baseline table, each outcome's arm rates, unadjusted and adjusted effects, time to care,
 * the complier average causal effect, subgroups, sensitivity checks, multiplicity, intracluster
 * correlations and, given unit costs, the cost consequences, as one serialisable TrialResult.
 *
 * Method: the steps listed at the top of trial/run.ts, each citing its estimator (Miettinen &
 * Nurminen 1985 score intervals; logistic regression with LA fixed effects and SE clustered by
 * family, HC1 as R's sandwich::vcovCL; Cox 1972 with Efron ties; two-stage least squares for the
 * CACE; Holm 1979 by default). Defaults: trialPlanSchema.parse({}) (defaultTrialPlan), which mirrors
 * the published English FGC trial (Taylor et al. 2024). The same input, plan and seed give the same
 * result; a plan the input cannot support throws a UsageError, data that cannot be analysed a
 * DataError. `options.costs` adds the cost-consequence analysis (costAnalysis); `options.onPart`
 * receives each part of the result as soon as it is computed.
 * @example
 * ```ts
 * import { readTrialInput } from "fgc-toolkit/node";
 * import { runTrial, trialPlanSchema } from "fgc-toolkit";
 * const { input } = await readTrialInput("data-samples/trial/analysis.csv", "1.0.0");
 * const plan = trialPlanSchema.parse({ secondary: [], subgroups: [], bootstrapReplicates: 0, rerandomisations: 0 });
 * const result = runTrial(input, plan);
 * result.consort.analysed.fgc.children; // => 1226
 * result.consort.analysed.control.children; // => 1311
 * result.estimates.filter((e) => e.model === "adjusted").map((e) => e.measure); // => ["odds_ratio", "risk_difference", "risk_ratio", "hazard_ratio", "cace_risk_difference"]
 * ```
 */
export function runTrial(
  input: TrialInput,
  plan: TrialPlan,
  options: {
    costs?: CostOptions;
    /** Called with each part of the result as soon as it is computed (see TrialPart). */
    onPart?: (part: TrialPart) => void;
    /**
     * Starts the re-randomisation and bootstrap as soon as the analysed children are known, for
     * example on another thread (cli/trial.ts); by default they run in place, in turn.
     */
    startResampling?: StartResampling;
  } = {},
): TrialResult {
  const notes: string[] = [];
  const references: string[] = [];
  const keep = <T extends { notes: string[]; references: string[] }>(x: T): T => {
    appendAll(notes, x.notes);
    appendAll(references, x.references);
    return x;
  };
  // 0
  checkTrialPlan(plan);
  checkPlanFitsInput(plan, input.table, input.window ?? 365);
  // 1–2
  const data = trialDataFromTable(input.table, plan);
  const designIssues: Issue[] = checkTrialDesign(data, input.table.file);
  if (designIssues.some((i) => i.severity === "error")) throw new DataError(designIssues);
  // 3
  const { rows: population, analysed, reasons, exclusions } = trialPopulation(data, plan);
  const armIssues = checkAnalysedArms(data, population, input.table.file, exclusions);
  if (armIssues.length > 0) throw new DataError(armIssues);
  const primaryBinary = (binaryOutcomes as readonly string[]).includes(plan.primary);
  // 10, started now: the resampling needs only the analysed children and the primary outcome.
  const resampling = primaryBinary ? resamplingJob(data, plan.primary, population, plan) : null;
  const resamplingResults = resampling ? (options.startResampling ?? resampleInPlace)(resampling) : null;
  // 4
  const consort = consortFlow(data, analysed, reasons);
  options.onPart?.({ consort });
  const baseline = baselineTable(data, population);
  // 5–6
  const estimates: TrialEstimate[] = [];
  const armMeans: TrialResult["armMeans"] = [];
  const events: Record<string, ArmEvents> = {};
  const outcomes = [plan.primary, ...plan.secondary.filter((o) => o !== plan.primary)];
  for (const outcome of outcomes) {
    if ((binaryOutcomes as readonly string[]).includes(outcome)) {
      const unadjusted = keep(unadjustedBinary(data, outcome, population, plan.level));
      appendAll(estimates, unadjusted.estimates);
      events[outcome] = { fgc: unadjusted.counts.fgc.events, control: unadjusted.counts.control.events };
      appendAll(estimates, keep(adjustedBinary(data, outcome, population, plan)).estimates);
    } else if (outcome === "days_in_care_12m") {
      appendAll(estimates, keep(adjustedMean(data, outcome, population, plan)).estimates);
      const welch = keep(unadjustedMean(data, outcome, population, plan.level));
      appendAll(estimates, welch.estimates);
      armMeans.push({ outcome, ...welch.means });
    }
  }
  options.onPart?.({ estimates: [...estimates] });
  // 7
  const ttc = keep(analyseTimeToCare(data, plan));
  options.onPart?.({ survival: ttc.survival });
  appendAll(estimates, ttc.estimates);
  // The Cox model's rows (trial/time-to-care.ts): every child with a follow-up time and event flag.
  const ttcRows = whichRows(
    data.n,
    (i) => Number.isFinite(data.timeToCare[i]) && Number.isFinite(data.careEvent[i]),
  );
  events.time_to_care = armEvents(data.arm, data.careEvent, ttcRows);
  // 8
  if (primaryBinary) appendAll(estimates, keep(complierEffect(data, plan.primary, plan)).estimates);
  options.onPart?.({ effects: [...estimates], level: plan.level });
  // 9–10
  const subgroups = primaryBinary ? keep(subgroupAnalysis(data, plan.primary, population, plan)).rows : [];
  if (subgroups.length > 0) options.onPart?.({ subgroups, level: plan.level, primary: plan.primary });
  const sensitivity =
    resampling && resamplingResults
      ? keep(sensitivityFromResampling(resampling, resamplingResults())).sensitivity
      : { rerandomisation: null, bootstrap: null };
  // 11
  const multiplicity = adjustSecondary(estimates, plan);
  // 12
  const published = plan.compareWithPublished
    ? publishedComparison(
        (outcome, arm) =>
          estimates.find(
            (e) => e.outcome === outcome && e.measure === `rate_${arm}` && e.model === "unadjusted",
          )?.estimate ?? null,
        armMeans.find((m) => m.outcome === "days_in_care_12m") ??
          unadjustedMean(data, "days_in_care_12m", population, plan.level).means,
      )
    : [];
  // 13
  const { clustering } = keep(clusteringSummary(data, population, plan));
  // 14
  const recruitment = recruitmentPeriod(input.table, plan.window);
  // 16 (after multiplicity: costs are not among the secondary outcomes)
  const costs = options.costs
    ? keep(
        costAnalysis(
          data,
          population,
          plan,
          options.costs,
          estimates.find(
            (e) => e.outcome === plan.primary && e.measure === "risk_difference" && e.model === "adjusted",
          ),
        ),
      )
    : null;
  if (costs) appendAll(estimates, costs.estimates);
  // 15
  const children = consort.analysed.fgc.children + consort.analysed.control.children;
  return {
    version: RESULTS_VERSION,
    tool: { name: "fgc-toolkit", version: input.toolVersion },
    plan,
    seed: plan.seed,
    inputs: input.inputs,
    accounting: {
      read: input.accounting.read,
      used: population.length,
      excluded: [...input.accounting.excluded, ...exclusions],
    },
    consort,
    baseline,
    // 15
    estimates: smallDataCautions(
      estimates.map((e) => ({ ...roundTrip(e), methodLabel: methodLabel(e, plan, notes) })),
      children,
      events,
    ),
    armMeans,
    multiplicity,
    survival: ttc.survival,
    subgroups: subgroups.map((row) => ({
      ...row,
      cautions: [...fewChildrenCautions(children), ...(row.cautions ?? [])],
    })),
    clustering,
    recruitment,
    sensitivity,
    published,
    ...(costs ? { costs: costs.costs } : {}),
    references: [...new Set(references)].sort(),
    notes: [...new Set(notes)],
  };
}

/** Non-finite numbers become null so the object equals its JSON. */
function roundTrip(e: TrialEstimate): TrialEstimate {
  const f = (x: number | null | undefined) =>
    x === null || x === undefined || !Number.isFinite(x) ? null : x;
  return { ...e, estimate: f(e.estimate), ci: [f(e.ci[0]), f(e.ci[1])], se: f(e.se), p: f(e.p) };
}
