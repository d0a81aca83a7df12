import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";

/** The ICC with the quantities a reader (or a sample-size calculation) needs beside it. */
export interface IntraclusterCorrelation extends Estimate {
  /** Smith's large-sample standard error; NaN when not estimable. */
  se: number;
  /** Clusters with at least one analysed unit (k), counted within groups. */
  clusters: number;
  /** Groups (arms) the clusters are nested in (g; 1 when no grouping is given). */
  groups: number;
  /** Adjusted mean cluster size n0 for unequal sizes; NaN when k = g. */
  n0: number;
  /** Between-cluster (within-group) and within-cluster mean squares; NaN when their df is 0. */
  msBetween: number;
  msWithin: number;
}

const METHOD = "icc.anova_smith";
const REFERENCES = ["fleiss1981", "donner1986", "smith1957", "campbell2012"];

/**
 * Intracluster correlation coefficient of an outcome (the one-way ANOVA estimator; for a 0/1
 * outcome, the ANOVA estimator of the ICC for binary data), with a large-sample Wald interval,
 * for clusters of unequal size nested in groups (the trial's arms).
 *
 * Method: one-way ANOVA estimator ρ = (MSB − MSW) / (MSB + (n0 − 1)·MSW), with the adjusted
 * cluster size n0 = (N − Σ n_i²/N) / (k − 1) for unequal sizes (Fleiss 1981 [fleiss1981] for
 * binary data; Donner 1986 [donner1986], eq. for ρ̂ and n0). Variance: Smith's (1957)
 * large-sample variance for unequal cluster sizes [smith1957], as given by Donner (1986):
 *   V = 2(1 − ρ)²/n0² · { [1 + (n0 − 1)ρ]²/(N − k)
 *                         + (k − 1)(1 − ρ)[1 + (2n0 − 1)ρ]/(k − 1)²
 *                         + ρ²[Σn_i² − 2Σn_i³/N + (Σn_i²)²/N²]/(k − 1)² },
 * and the Wald interval ρ ± z·√V.
 * Choices:
 * - Clusters are nested in `group` (the arm), and the ICC is pooled across groups adjusted for
 *   group: the between-cluster mean square is taken within groups (df k − g), as Campbell et al.
 *   (2012) [campbell2012] recommend, so that a treatment effect does not inflate the ICC. With
 *   g groups, k − 1 becomes k − g, n0 = (N − Σ_g Σ_i n_gi²/N_g)/(k − g), and the last bracket of
 *   V sums over groups with N_g in place of N (the same delta-method derivation as Smith's, the
 *   groups' between-cluster sums of squares being independent). With one group this is exactly
 *   the formula above.
 * - A negative estimate (clusters less alike than chance) is reported as estimated, not
 *   truncated at 0, with a note; truncation at 0 is a convention for design effects, not an
 *   estimate. The interval is clipped to [−1, 1], the range of a correlation.
 * - A cluster id appearing in two groups is two clusters (an LA with families in both arms).
 * - Smith's variance is derived under normal random effects; for binary data it is the usual
 *   large-sample approximation (Donner 1986), better with many clusters than with few.
 * - Not estimable (NaN with a note): no cluster with two or more units (N − k = 0), no group with
 *   two or more clusters (k − g = 0), or an outcome that never varies (0 events, or all events),
 *   where MSB and MSW are both 0.
 * Checked against: a hand case with equal sizes (exact arithmetic in the test), a direct
 * deviation-sum computation, and base R's aov mean squares with the hand formula (numbers in
 * tests/stats/clustering/intracluster-correlation.test.ts).
 * @example
 * ```ts
 * import { intraclusterCorrelation } from "fgc-toolkit";
 * intraclusterCorrelation([1, 1, 0, 0, 1, 0], [1, 1, 2, 2, 3, 3]).estimate; // => 0.5
 * ```
 */
export function intraclusterCorrelation(
  y: ArrayLike<number>,
  cluster: ArrayLike<number>,
  options: { group?: ArrayLike<number>; level?: number } = {},
): IntraclusterCorrelation {
  const fn = "intraclusterCorrelation";
  const level = options.level ?? 0.95;
  assertLevel(fn, level);
  if (cluster.length !== y.length)
    throw new StatsError(fn, "cluster", cluster.length, `an array as long as y (${y.length})`);
  const group = options.group;
  if (group && group.length !== y.length)
    throw new StatsError(fn, "group", group.length, `an array as long as y (${y.length})`);
  // Cluster totals keyed by (group, cluster); NaN outcomes are left out.
  const cells = new Map<string, { g: number; n: number; sum: number }>();
  let sumSq = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (Number.isNaN(v)) continue;
    if (!Number.isFinite(v)) throw new StatsError(fn, `y[${i}]`, v, "a finite number or NaN");
    const g = group ? group[i] : 0;
    const key = `${g}|${cluster[i]}`;
    const c = cells.get(key) ?? { g, n: 0, sum: 0 };
    c.n++;
    c.sum += v;
    cells.set(key, c);
    sumSq += v * v;
  }
  const byGroup = new Map<
    number,
    { n: number; sum: number; k: number; n2: number; n3: number; s2n: number }
  >();
  for (const c of cells.values()) {
    const t = byGroup.get(c.g) ?? { n: 0, sum: 0, k: 0, n2: 0, n3: 0, s2n: 0 };
    t.n += c.n;
    t.sum += c.sum;
    t.k++;
    t.n2 += c.n * c.n;
    t.n3 += c.n * c.n * c.n;
    t.s2n += (c.sum * c.sum) / c.n;
    byGroup.set(c.g, t);
  }
  let N = 0;
  let k = 0;
  let ssBetween = 0;
  let ssWithin = sumSq;
  let n0Num = 0;
  let sizeTerm = 0;
  for (const t of byGroup.values()) {
    N += t.n;
    k += t.k;
    ssBetween += t.s2n - (t.sum * t.sum) / t.n;
    ssWithin -= t.s2n;
    n0Num += t.n - t.n2 / t.n;
    sizeTerm += t.n2 - (2 * t.n3) / t.n + (t.n2 * t.n2) / (t.n * t.n);
  }
  const g = byGroup.size;
  const dfB = k - g;
  const dfW = N - k;
  const base = { level, method: METHOD, n: N, references: REFERENCES, clusters: k, groups: g };
  const notEstimable = (why: string, extra: Partial<IntraclusterCorrelation> = {}) => ({
    ...base,
    estimate: Number.NaN,
    ci: [Number.NaN, Number.NaN] as [number, number],
    se: Number.NaN,
    n0: Number.NaN,
    msBetween: Number.NaN,
    msWithin: Number.NaN,
    notes: [`not estimable: ${why}`],
    ...extra,
  });
  if (N === 0) return notEstimable("no unit has the outcome recorded");
  if (dfW < 1)
    return notEstimable("every cluster has a single unit, so there is no within-cluster variation");
  const msWithin = Math.max(0, ssWithin) / dfW;
  if (dfB < 1)
    return notEstimable(g > 1 ? "no arm has two or more clusters" : "fewer than two clusters", { msWithin });
  const msBetween = Math.max(0, ssBetween) / dfB;
  const n0 = n0Num / dfB;
  const denominator = msBetween + (n0 - 1) * msWithin;
  if (!(denominator > 0))
    return notEstimable("the outcome does not vary (no events, or every unit had the event)", {
      n0,
      msBetween,
      msWithin,
    });
  const rho = (msBetween - msWithin) / denominator;
  const variance =
    ((2 * (1 - rho) ** 2) / (n0 * n0)) *
    ((1 + (n0 - 1) * rho) ** 2 / dfW +
      ((1 - rho) * (1 + (2 * n0 - 1) * rho)) / dfB +
      (rho * rho * sizeTerm) / (dfB * dfB));
  const se = Math.sqrt(variance);
  const z = normalQuantile(1 - (1 - level) / 2);
  const ci: [number, number] = [Math.max(-1, rho - z * se), Math.min(1, rho + z * se)];
  const notes: string[] = [];
  if (rho < 0)
    notes.push(
      "negative estimate reported as estimated (clusters no more alike than chance); it is often set to 0 when used in a design effect",
    );
  return { ...base, estimate: rho, ci, se, n0, msBetween, msWithin, notes };
}
