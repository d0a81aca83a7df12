import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { chiSquareSf } from "../distributions/chi-square.js";
import { normalQuantile, normalTwoSidedP } from "../distributions/normal.js";
import type { ModelFit, Term } from "../estimate.js";
import {
  type CholeskyResult,
  choleskyInverse,
  choleskySolve,
  cholesky,
  quadraticForm,
} from "../linalg/matrix.js";
import { efronPass, efronScoreResiduals } from "./cox-efron.js";
import { coxRiskSets, singleStratum } from "./cox-risk-sets.js";
import { coxRobustVariance } from "./cox-robust-variance.js";
import { checkSurvivalData, codeLabels, type Label, type SurvivalData } from "./survival-data.js";

export interface CoxPhData extends SurvivalData {
  /** named covariate columns, e.g. { arm } with arm 1 = intervention, 0 = comparator */
  covariates: Record<string, ArrayLike<number>>;
  /** stratum labels (e.g. laCode): one baseline hazard per stratum */
  strata?: ArrayLike<Label>;
  /** cluster labels (e.g. familyId) for the robust variance */
  cluster?: ArrayLike<Label>;
}

export interface CoxPhOptions {
  /** confidence level; default 0.95 */
  level?: number;
  /** robust variance with each row its own cluster when no `cluster` is given; default false */
  robust?: boolean;
  /** Newton–Raphson iteration cap; default 30 */
  maxIterations?: number;
  /** convergence tolerance on the relative change in log partial likelihood; default 1e-9 */
  tolerance?: number;
}

export interface CoxChiSquareTest {
  statistic: number;
  df: number;
  p: number;
}

/** A Cox proportional-hazards fit: the model fit with hazard ratios (exp of each term). */
export interface CoxPhFit extends ModelFit {
  /** exp of each term's estimate and interval */
  hazardRatios: { term: string; estimate: number; ci: [number, number] }[];
  nEvents: number;
  nStrata: number;
  logLik: number;
  logLikNull: number;
  scoreTest: CoxChiSquareTest;
  likelihoodRatioTest: CoxChiSquareTest;
}

const references = ["cox1972", "efron1977", "lin1989"];

/**
 * Cox proportional hazards regression: log hazard ratios for one or more covariates, optionally
 * stratified (a separate baseline hazard per stratum), with model-based and robust standard errors.
 *
 * Method: partial likelihood (Cox 1972) [cox1972] with Efron (1977) ties [efron1977], maximised
 * by Newton–Raphson from β = 0; robust variance clustered by `cluster` (Lin & Wei 1989) [lin1989].
 * Choices: as R's coxph(ties = "efron"): converged when a full Newton step changes the log partial
 * likelihood by |1 − ℓ_old/ℓ_new| ≤ 1e-9 (coxph's default eps), the new β being returned; otherwise
 * a step that lowers ℓ is halved back towards the previous β; at most 30 iterations (evaluations).
 * Robust variance without a small-sample factor (coxph's cluster()). Wald intervals and p-values on the log scale. The score test at β = 0 is reported
 * (with one 0/1 covariate, no ties and no strata it is the log-rank test), and the likelihood-ratio
 * test. A constant or collinear covariate, found from the information at β = 0, is not estimable
 * (NaN) and the others are fitted without it.
 * Checked against: cox_coef, cox_se, cox_robust_se and hr of survival.logrank_cox in
 * ../shared/reference (R survival 3.5-3, coxph + cluster(family_id)).
 * @example
 * ```ts
 * import { coxPh } from "fgc-toolkit";
 * const fit = coxPh({
 *   time: [5, 8, 12, 20, 3, 4, 7, 9],
 *   event: [1, 0, 1, 0, 1, 1, 1, 0],
 *   covariates: { arm: [1, 1, 1, 1, 0, 0, 0, 0] },
 * });
 * fit.terms[0].estimate; // => -1.461
 * fit.hazardRatios[0].estimate; // => 0.2321
 * ```
 */
export function coxPh(data: CoxPhData, options: CoxPhOptions = {}): CoxPhFit {
  const fn = "coxPh";
  const n = checkSurvivalData(fn, data);
  const level = options.level ?? 0.95;
  assertLevel(fn, level);
  const names = Object.keys(data.covariates);
  if (names.length === 0) throw new StatsError(fn, "covariates", "{}", "at least one named covariate column");
  const columns = names.map((name) => {
    const col = data.covariates[name];
    if (col.length !== n)
      throw new StatsError(fn, `covariates.${name}`, `length ${col.length}`, `as long as time (${n})`);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(col[i]))
        throw new StatsError(fn, `covariates.${name}[${i}]`, col[i], "a finite number");
    }
    return col;
  });
  const strata = data.strata ? codeLabels(fn, "strata", data.strata, n) : singleStratum(n);
  const cluster = data.cluster ? codeLabels(fn, "cluster", data.cluster, n) : undefined;
  const robust = cluster !== undefined || options.robust === true;
  const maxIterations = options.maxIterations ?? 30;
  const tolerance = options.tolerance ?? 1e-9;
  let nEvents = 0;
  for (let i = 0; i < n; i++) nEvents += data.event[i];

  const notes = ["estimate is the log hazard ratio; hazard ratio = exp(estimate)", "ties by Efron's method"];
  if (strata.levels.length > 1)
    notes.push(`stratified by ${strata.levels.length} strata (separate baseline hazards)`);
  const fit: CoxPhFit = {
    method: "survival.cox_ph",
    terms: [],
    variance: cluster ? "cluster" : robust ? "robust" : "model",
    level,
    n,
    nClusters: cluster?.levels.length,
    converged: false,
    iterations: 0,
    references,
    notes,
    hazardRatios: [],
    nEvents,
    nStrata: strata.levels.length,
    logLik: Number.NaN,
    logLikNull: Number.NaN,
    scoreTest: { statistic: Number.NaN, df: names.length, p: Number.NaN },
    likelihoodRatioTest: { statistic: Number.NaN, df: names.length, p: Number.NaN },
  };
  const estimates = new Float64Array(names.length).fill(Number.NaN);
  const seModel = new Float64Array(names.length).fill(Number.NaN);
  const seUsed = new Float64Array(names.length).fill(Number.NaN);
  if (nEvents === 0) {
    notes.push("not estimable: there are no events");
    return finish(fit, names, estimates, seModel, seUsed);
  }

  // Columns with no information at β = 0 (constant or collinear) are left out of the fit.
  let rs = coxRiskSets(data.time, data.event, columns, strata.code);
  let start = efronPass(rs, new Float64Array(rs.p));
  const dependent = cholesky(start.information).dependent;
  const kept = names.map((_, j) => j).filter((j) => !dependent.includes(j));
  for (const j of dependent)
    notes.push(`not estimable: ${names[j]} is constant within strata or collinear with other covariates`);
  if (kept.length === 0) return finish(fit, names, estimates, seModel, seUsed);
  if (dependent.length > 0) {
    rs = coxRiskSets(
      data.time,
      data.event,
      kept.map((j) => columns[j]),
      strata.code,
    );
    start = efronPass(rs, new Float64Array(rs.p));
  }
  const p = kept.length;
  const startChol = cholesky(start.information);
  fit.logLikNull = start.logLik;
  const scoreStat = quadraticForm(choleskyInverse(startChol), start.score);
  fit.scoreTest = { statistic: scoreStat, df: p, p: chiSquareSf(scoreStat, p) };

  let beta: Float64Array = new Float64Array(p);
  let current = start;
  let chol: CholeskyResult = startChol;
  let next: Float64Array = newtonStep(beta, choleskySolve(chol, current.score));
  let halved = false;
  for (let iter = 1; iter <= maxIterations; iter++) {
    fit.iterations = iter;
    const trial = efronPass(rs, next);
    // Convergence is judged on a full step, before any comparison: near the maximum the change in
    // ℓ is at rounding level and may be slightly negative.
    if (!halved && Math.abs(1 - current.logLik / trial.logLik) <= tolerance) {
      const trialChol = cholesky(trial.information);
      if (trialChol.dependent.length === 0) {
        beta = next;
        current = trial;
        chol = trialChol;
        fit.converged = true;
        break;
      }
    }
    if (!(trial.logLik >= current.logLik)) {
      halved = true; // step too long: halve it back towards β
      for (let j = 0; j < p; j++) next[j] = (beta[j] + next[j]) / 2;
      continue;
    }
    halved = false;
    beta = next;
    current = trial;
    chol = cholesky(current.information);
    if (chol.dependent.length > 0) {
      notes.push(
        "the information matrix became singular: a coefficient may be infinite (monotone likelihood)",
      );
      break;
    }
    next = newtonStep(beta, choleskySolve(chol, current.score));
  }
  if (!fit.converged) notes.push(`did not converge in ${fit.iterations} Newton–Raphson iterations`);
  fit.logLik = current.logLik;
  const lr = 2 * (current.logLik - start.logLik);
  fit.likelihoodRatioTest = { statistic: lr, df: p, p: chiSquareSf(lr, p) };
  if (chol.dependent.length > 0) return finish(fit, names, estimates, seModel, seUsed);

  const inverse = choleskyInverse(chol);
  let used = inverse;
  if (robust) {
    const residuals = efronScoreResiduals(rs, beta);
    used = coxRobustVariance(inverse, residuals, cluster?.code, cluster?.levels.length ?? n);
    notes.push(
      cluster
        ? `robust variance clustered by ${cluster.levels.length} clusters (Lin & Wei; no small-sample factor)`
        : "robust variance, each row its own cluster (Lin & Wei)",
    );
  }
  kept.forEach((j, k) => {
    estimates[j] = beta[k];
    seModel[j] = Math.sqrt(inverse.data[k * p + k]);
    seUsed[j] = Math.sqrt(used.data[k * p + k]);
    if (Math.abs(beta[k]) > 15) notes.push(`${names[j]}: |coefficient| > 15, the estimate may be infinite`);
  });
  return finish(fit, names, estimates, seModel, seUsed);
}

function newtonStep(beta: Float64Array, step: Float64Array): Float64Array {
  const next = new Float64Array(beta.length);
  for (let j = 0; j < beta.length; j++) next[j] = beta[j] + step[j];
  return next;
}

function finish(
  fit: CoxPhFit,
  names: string[],
  estimates: Float64Array,
  seModel: Float64Array,
  seUsed: Float64Array,
): CoxPhFit {
  const z = normalQuantile(1 - (1 - fit.level) / 2);
  fit.terms = names.map((term, j): Term => {
    const est = estimates[j];
    const se = seUsed[j];
    return {
      term,
      estimate: est,
      se,
      seModel: seModel[j],
      ci: [est - z * se, est + z * se],
      p: normalTwoSidedP(est / se),
    };
  });
  fit.hazardRatios = fit.terms.map((t) => ({
    term: t.term,
    estimate: Math.exp(t.estimate),
    ci: [Math.exp(t.ci[0]), Math.exp(t.ci[1])],
  }));
  return fit;
}
