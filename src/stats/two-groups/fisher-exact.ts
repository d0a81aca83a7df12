// Fisher's exact test of a 2×2 table with the conditional maximum-likelihood odds ratio and its
// exact conditional confidence interval.
//
// Method: Fisher (1935) [fisher1935] for the test; the conditional MLE solves E_ψ[X] = a and the
// limits solve P_ψ(X ≥ a) = α/2 (lower) and P_ψ(X ≤ a) = α/2 (upper) under the noncentral
// hypergeometric distribution (Cornfield 1956) [cornfield1956].
// Choices: as R's fisher.test: the two-sided p-value sums the probabilities of all tables no more
// probable than the observed one, with a relative tolerance of 1e-7; a at the bottom of its
// support gives MLE and lower limit 0, at the top MLE and upper limit ∞. By default the MLE and
// limits are the exact roots, by bisection on ln ψ to full double precision. `{ roots: "uniroot" }`
// finds them as fisher.test does instead (Brent's method on ψ ∈ [0, 1] or on 1/ψ ∈ [ε, 1] with
// uniroot's tolerance ε^{1/4}), to reconcile with R's printed output: those agree with R to about
// 1e-9 but are accurate only to about 1e-4 absolute on ψ (or 1/ψ), e.g. an upper limit of 6222
// where the exact root is 6601.6; a note flags roots where that is coarse.
// Checked against: two_by_two.fisher_exact in ../shared/reference (exact roots).
// @example fisherExact({ events: 7, n: 7 }, { events: 3, n: 9 }).p // ≈ 0.01136
import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import type { Estimate } from "../estimate.js";
import { brentRoot } from "./brent-root.js";
import { findRoot } from "./find-root.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";
import { hypergeometricSupport, noncentralProbabilities } from "./noncentral-hypergeometric.js";

/** R's uniroot default tolerance, ε^{1/4}. */
const UNIROOT_TOL = 2.220446049250313e-16 ** 0.25;

/** "two_sided" (default), or one-sided: "less" (odds ratio below 1) or "greater" (above 1). */
export type FisherAlternative = "two_sided" | "less" | "greater";

/** Options of {@link fisherExact}. */
export interface FisherExactOptions {
  /**
   * the alternative hypothesis; default "two_sided". "less" gives the one-sided p P₁(X ≤ a) and
   * the interval [0, ψ_U]; "greater" gives P₁(X ≥ a) and [ψ_L, ∞); each one-sided limit puts the
   * full 1 − level in its tail, as R's fisher.test(alternative = …)
   */
  alternative?: FisherAlternative;
  /**
   * "exact" (default): the MLE and limits to full double precision; "uniroot": found as R's
   * fisher.test finds them (reproduces R's output, but only to about 1e-4 absolute on ψ or 1/ψ)
   */
  roots?: "exact" | "uniroot";
}

/**
 * Fisher's exact test of a 2×2 table, two-sided or one-sided, with the conditional
 * maximum-likelihood odds ratio and its exact conditional confidence interval.
 *
 * Method: Fisher (1935) [fisher1935]; noncentral hypergeometric limits (Cornfield 1956)
 * [cornfield1956]. One-sided (`alternative: "less" | "greater"`): p = P₁(X ≤ a) or P₁(X ≥ a); the
 * interval is [0, ψ_U] with P_ψU(X ≤ a) = 1 − level, or [ψ_L, ∞) with P_ψL(X ≥ a) = 1 − level
 * (ψ_U = ∞ when a is the largest possible count, ψ_L = 0 when the smallest), as fisher.test defines
 * them; method id two_by_two.fisher_exact_one_sided. See the file header for the two-sided rules.
 * Checked against: two_by_two.fisher_exact and two_by_two.fisher_exact_one_sided in
 * ../shared/reference (exact roots).
 * @example
 * ```ts
 * import { fisherExact } from "fgc-toolkit";
 * fisherExact({ events: 7, n: 7 }, { events: 3, n: 9 }).p; // => 0.01136
 * fisherExact({ events: 7, n: 7 }, { events: 3, n: 9 }, 0.95, { alternative: "greater" }).p; // => 0.01049
 * ```
 */
export function fisherExact(
  exposed: GroupCounts,
  comparator: GroupCounts,
  level = 0.95,
  options: FisherExactOptions = {},
): Estimate & { p: number } {
  const fn = "fisherExact";
  assertGroups(fn, exposed, comparator);
  assertLevel(fn, level);
  const roots = options.roots ?? "exact";
  if (roots !== "exact" && roots !== "uniroot") {
    throw new StatsError(fn, "options.roots", roots, '"exact" or "uniroot"');
  }
  const uniroot = roots === "uniroot";
  const alternative = options.alternative ?? "two_sided";
  if (alternative !== "two_sided" && alternative !== "less" && alternative !== "greater") {
    throw new StatsError(fn, "options.alternative", alternative, '"two_sided", "less" or "greater"');
  }
  const a = exposed.events;
  const m = a + comparator.events;
  const support = hypergeometricSupport(exposed.n, comparator.n, m);
  const { lo, hi } = support;
  const k = a - lo;

  // Two-sided p-value: tables no more probable than the observed one (relative tolerance 1e-7).
  const central = noncentralProbabilities(support, 1);
  const cut = central[k] * (1 + 1e-7);
  let p = 0;
  if (alternative === "two_sided") {
    for (const d of central) if (d <= cut) p += d;
  } else {
    // One-sided: the tail at or beyond the observed table on the side of the alternative.
    central.forEach((d, i) => {
      if (alternative === "less" ? i <= k : i >= k) p += d;
    });
  }
  p = Math.min(1, p);

  // Tail and mean functions of ψ (ψ = 0 puts all mass at lo; R's conventions at the ends).
  const probs = (psi: number) => noncentralProbabilities(support, psi);
  const mean = (psi: number) => (psi === 0 ? lo : probs(psi).reduce((s, d, i) => s + d * (lo + i), 0));
  const upperTail = (psi: number) =>
    psi === 0 ? (k === 0 ? 1 : 0) : probs(psi).reduce((s, d, i) => (i >= k ? s + d : s), 0);
  const lowerTail = (psi: number) =>
    psi === 0 ? 1 : probs(psi).reduce((s, d, i) => (i <= k ? s + d : s), 0);
  // Two-sided limits put α/2 in each tail; a one-sided limit the full α, the other end open.
  const alpha = alternative === "two_sided" ? (1 - level) / 2 : 1 - level;
  const wantLower = alternative !== "less";
  const wantUpper = alternative !== "greater";

  const notes: string[] = [];
  const solve = (g: (psi: number) => number, belowOne: boolean) => {
    const root = solveOdds(g, belowOne, uniroot);
    if (uniroot && Math.min(root, 1 / root) < 100 * UNIROOT_TOL) coarse = true;
    return root;
  };
  let coarse = false;
  let estimate: number;
  let lower: number;
  let upper: number;
  if (lo === hi) {
    estimate = Number.NaN;
    lower = 0;
    upper = Number.POSITIVE_INFINITY;
    notes.push("not estimable: the margins allow only one table");
  } else {
    estimate =
      a === lo ? 0 : a === hi ? Number.POSITIVE_INFINITY : solve((psi) => mean(psi) - a, mean(1) > a);
    lower = !wantLower || a === lo ? 0 : solve((psi) => upperTail(psi) - alpha, upperTail(1) > alpha);
    upper =
      !wantUpper || a === hi
        ? Number.POSITIVE_INFINITY
        : solve((psi) => lowerTail(psi) - alpha, lowerTail(1) < alpha);
    if (!wantLower) notes.push("one-sided test (alternative: less): the interval is [0, upper]");
    if (!wantUpper) notes.push("one-sided test (alternative: greater): the interval is [lower, ∞)");
    if (a === lo)
      notes.push("exposed events at the bottom of their conditional range: estimate and lower limit 0");
    if (a === hi)
      notes.push("exposed events at the top of their conditional range: estimate and upper limit infinite");
  }
  if (coarse) {
    notes.push(
      'a root lies below 0.0122 (or above 1/0.0122), where R\'s uniroot tolerance makes it coarse; the default roots: "exact" is precise',
    );
  }
  return {
    estimate,
    ci: [lower, upper],
    level,
    method: alternative === "two_sided" ? "two_by_two.fisher_exact" : "two_by_two.fisher_exact_one_sided",
    n: exposed.n + comparator.n,
    p,
    scale: "log",
    references: ["fisher1935", "cornfield1956"],
    notes,
  };
}

/**
 * Root in ψ of g, increasing or decreasing: by bisection on ln ψ ∈ [−100, 100] to full
 * precision; with `uniroot`, as R's fisher.test: on ψ ∈ [0, 1] when the root is below 1
 * (`belowOne`), else on 1/ψ ∈ [ε, 1], by Brent's method with uniroot's tolerance.
 */
function solveOdds(g: (psi: number) => number, belowOne: boolean, uniroot: boolean): number {
  if (g(1) === 0) return 1;
  if (!uniroot) return Math.exp(findRoot((u) => g(Math.exp(u)), -100, 100));
  if (belowOne) return brentRoot(g, 0, 1, UNIROOT_TOL);
  return 1 / brentRoot((t) => g(1 / t), 2.220446049250313e-16, 1, UNIROOT_TOL);
}
