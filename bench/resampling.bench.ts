/**
 * Resampling on a trial-sized data set (issue 3): a simulated 2,548-child, 1,471-family,
 * 21-LA family-randomised trial; 2,000 cluster-bootstrap replicates of the risk difference
 * within LAs (percentile and BCa, jackknife included) and 2,000 re-randomisations within LAs.
 * Target 0.5 s each.
 */
import { clusterBootstrapRiskDifference } from "../src/stats/resampling/cluster-bootstrap-risk-difference.js";
import { rerandomisationRiskDifference } from "../src/stats/resampling/rerandomisation-risk-difference.js";
import { createRng } from "../src/util/rng.js";
import { simulatedTrial } from "../tests/stats/resampling/simulated-trial.js";
import type { BenchResult, BenchRun } from "./types.js";

export const run: BenchRun = async () => {
  const trial = simulatedTrial(20240101);
  const families = trial.n.length;
  const children = trial.n.reduce((s, v) => s + v, 0);
  const rows: BenchResult[] = [];

  const t0 = performance.now();
  const boot = clusterBootstrapRiskDifference(trial, {
    rng: createRng(1),
    replicates: 2000,
    stratum: trial.stratum,
  });
  const t1 = performance.now();
  const fmt = (x: number) => x.toFixed(4);
  rows.push({
    name: "cluster bootstrap RD, 2,000 replicates + BCa",
    seconds: (t1 - t0) / 1000,
    targetSeconds: 0.5,
    detail: `${children} children, ${families} families, 21 LAs; RD ${fmt(boot.estimate)}, SE ${fmt(boot.se)}, BCa [${fmt(boot.bca.ci[0])}, ${fmt(boot.bca.ci[1])}]`,
  });

  const t2 = performance.now();
  const test = rerandomisationRiskDifference(trial, {
    rng: createRng(2),
    replicates: 2000,
    stratum: trial.stratum,
  });
  const t3 = performance.now();
  rows.push({
    name: "re-randomisation RD, 2,000 re-allocations",
    seconds: (t3 - t2) / 1000,
    targetSeconds: 0.5,
    detail: `p ${test.p.toPrecision(3)} (plain share ${test.pProportion.toPrecision(3)})`,
  });
  return rows;
};
