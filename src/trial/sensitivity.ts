// Sensitivity analyses of the primary (binary) outcome's risk difference, both respecting the
// design: a re-randomisation test that re-allocates whole families within local authorities
// (Rosenberger & Lachin 2016), and a cluster bootstrap that resamples families within local
// authorities, with percentile and BCa intervals (Davison & Hinkley 1997; Efron 1987). Seeded by
// the plan; the same seed gives the same replicates.
import { clusterBootstrapRiskDifference } from "../stats/resampling/cluster-bootstrap-risk-difference.js";
import { rerandomisationRiskDifference } from "../stats/resampling/rerandomisation-risk-difference.js";
import { appendAll } from "../util/append-all.js";
import { createRng } from "../util/rng.js";
import type { TrialPlan } from "./plan.js";
import type { TrialResult } from "./result.js";
import type { TrialData } from "./trial-data.js";

export function sensitivityAnalyses(
  data: TrialData,
  outcome: string,
  rows: ArrayLike<number>,
  plan: TrialPlan,
): { sensitivity: TrialResult["sensitivity"]; notes: string[]; references: string[] } {
  const y = data.outcomes[outcome];
  // Per-cluster sufficient statistics: events and children with the outcome, arm, stratum.
  const index = new Map<number, number>();
  const events: number[] = [];
  const n: number[] = [];
  const arm: number[] = [];
  const stratum: number[] = [];
  for (const i of Array.from(rows)) {
    if (Number.isNaN(y[i])) continue;
    let k = index.get(data.cluster[i]);
    if (k === undefined) {
      k = events.length;
      index.set(data.cluster[i], k);
      events.push(0);
      n.push(0);
      arm.push(data.arm[i]);
      stratum.push(data.la[i]);
    }
    events[k] += y[i];
    n[k] += 1;
  }
  const notes: string[] = [];
  const references: string[] = [];
  const statistic = `risk difference in ${outcome}`;
  let rerandomisation: TrialResult["sensitivity"]["rerandomisation"] = null;
  if (plan.rerandomisations > 0) {
    const r = rerandomisationRiskDifference(
      { events, n, arm },
      { rng: createRng(plan.seed), replicates: plan.rerandomisations, stratum },
    );
    rerandomisation = { replicates: plan.rerandomisations, p: Number.isFinite(r.p) ? r.p : null, statistic };
    appendAll(
      notes,
      r.notes.map((x) => `re-randomisation: ${x}`),
    );
    appendAll(references, r.references);
  }
  let bootstrap: TrialResult["sensitivity"]["bootstrap"] = null;
  if (plan.bootstrapReplicates > 0) {
    const b = clusterBootstrapRiskDifference(
      { events, n, arm },
      { rng: createRng(plan.seed + 1), replicates: plan.bootstrapReplicates, stratum, level: plan.level },
    );
    const lim = (x: number) => (Number.isFinite(x) ? x : null);
    bootstrap = {
      replicates: plan.bootstrapReplicates,
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
