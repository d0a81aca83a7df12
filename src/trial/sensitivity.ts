// Sensitivity analyses of the primary (binary) outcome's risk difference, both respecting the
// design: a re-randomisation test that re-allocates whole families within local authorities
// (Rosenberger & Lachin 2016), and a cluster bootstrap that resamples families within local
// authorities, with percentile and BCa intervals (Davison & Hinkley 1997; Efron 1987). Seeded by
// the plan; the same seed gives the same replicates. The resampling is a job of plain numbers
// (resamplingJob) that runResampling carries out anywhere, so that `fgc trial` can run it on its
// worker thread while the main thread goes on with the other analyses.
import type { ClusterBootstrap } from "../stats/resampling/cluster-bootstrap.js";
import { clusterBootstrapRiskDifference } from "../stats/resampling/cluster-bootstrap-risk-difference.js";
import type { RerandomisationTest } from "../stats/resampling/rerandomisation-test.js";
import { rerandomisationRiskDifference } from "../stats/resampling/rerandomisation-risk-difference.js";
import { appendAll } from "../util/append-all.js";
import { createRng } from "../util/rng.js";
import type { TrialPlan } from "./plan.js";
import type { TrialResult } from "./result.js";
import type { TrialData } from "./trial-data.js";

/** What the re-randomisation and bootstrap need: per-cluster counts and the plan's settings. */
export interface ResamplingJob {
  outcome: string;
  /** per cluster (family): children with the outcome, events among them, arm, stratum (LA) */
  events: number[];
  n: number[];
  arm: number[];
  stratum: number[];
  rerandomisation: { seed: number; replicates: number } | null;
  bootstrap: { seed: number; replicates: number; level: number } | null;
}

/** The two analyses' results, as the estimators return them. */
export interface ResamplingResults {
  rerandomisation: RerandomisationTest | null;
  bootstrap: ClusterBootstrap | null;
}

/**
 * Starts a job (elsewhere, or not at all) and gives a function that returns its results,
 * waiting for them if need be. runTrial's default runs the job in place when the results are asked for.
 */
export type StartResampling = (job: ResamplingJob) => () => ResamplingResults;

/** runTrial's default: the job runs in place when its results are asked for. */
export const resampleInPlace: StartResampling = (job) => () => runResampling(job);

/** The job for `outcome` among `rows`: the per-cluster sufficient statistics and the plan's replicates. */
export function resamplingJob(
  data: TrialData,
  outcome: string,
  rows: ArrayLike<number>,
  plan: TrialPlan,
): ResamplingJob {
  const y = data.outcomes[outcome];
  const index = new Map<number, number>();
  const job: ResamplingJob = {
    outcome,
    events: [],
    n: [],
    arm: [],
    stratum: [],
    rerandomisation:
      plan.rerandomisations > 0 ? { seed: plan.seed, replicates: plan.rerandomisations } : null,
    bootstrap:
      plan.bootstrapReplicates > 0
        ? { seed: plan.seed + 1, replicates: plan.bootstrapReplicates, level: plan.level }
        : null,
  };
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (Number.isNaN(y[i])) continue;
    let k = index.get(data.cluster[i]);
    if (k === undefined) {
      k = job.events.length;
      index.set(data.cluster[i], k);
      job.events.push(0);
      job.n.push(0);
      job.arm.push(data.arm[i]);
      job.stratum.push(data.la[i]);
    }
    job.events[k] += y[i];
    job.n[k] += 1;
  }
  return job;
}

/** Carries out a job: the re-randomisation test and the cluster bootstrap it asks for. */
export function runResampling(job: ResamplingJob): ResamplingResults {
  const { events, n, arm, stratum } = job;
  return {
    rerandomisation: job.rerandomisation
      ? rerandomisationRiskDifference(
          { events, n, arm },
          { rng: createRng(job.rerandomisation.seed), replicates: job.rerandomisation.replicates, stratum },
        )
      : null,
    bootstrap: job.bootstrap
      ? clusterBootstrapRiskDifference(
          { events, n, arm },
          {
            rng: createRng(job.bootstrap.seed),
            replicates: job.bootstrap.replicates,
            stratum,
            level: job.bootstrap.level,
          },
        )
      : null,
  };
}

/** The result's sensitivity section, notes and references from a job's results. */
export function sensitivityFromResampling(
  job: ResamplingJob,
  results: ResamplingResults,
): { sensitivity: TrialResult["sensitivity"]; notes: string[]; references: string[] } {
  const notes: string[] = [];
  const references: string[] = [];
  const statistic = `risk difference in ${job.outcome}`;
  let rerandomisation: TrialResult["sensitivity"]["rerandomisation"] = null;
  const r = results.rerandomisation;
  if (job.rerandomisation && r) {
    rerandomisation = {
      replicates: job.rerandomisation.replicates,
      p: Number.isFinite(r.p) ? r.p : null,
      statistic,
    };
    appendAll(
      notes,
      r.notes.map((x) => `re-randomisation: ${x}`),
    );
    appendAll(references, r.references);
  }
  let bootstrap: TrialResult["sensitivity"]["bootstrap"] = null;
  const b = results.bootstrap;
  if (job.bootstrap && b) {
    const lim = (x: number) => (Number.isFinite(x) ? x : null);
    bootstrap = {
      replicates: job.bootstrap.replicates,
      estimate: lim(b.estimate),
      percentile: [lim(b.percentile.ci[0]), lim(b.percentile.ci[1])],
      bca: [lim(b.bca.ci[0]), lim(b.bca.ci[1])],
      statistic,
    };
    appendAll(
      notes,
      b.notes.map((x) => `cluster bootstrap: ${x}`),
    );
    appendAll(references, b.references);
  }
  return { sensitivity: { rerandomisation, bootstrap }, notes, references };
}
