// The cluster-trial extension of CONSORT (Campbell et al. 2012, items 13a/15 and 17a): for each
// binary outcome and days in care, the intracluster correlation coefficient at the randomisation unit (the plan's
// `cluster`, family by default) and at local-authority level where estimable; and the cluster
// sizes by arm (families by number of children, local authorities by number of families).
import { intraclusterCorrelation } from "../stats/clustering/intracluster-correlation.js";
import { binaryOutcomes, type TrialPlan } from "./plan.js";
import type { Clustering, IccRow } from "./result.js";
import type { TrialData } from "./trial-data.js";

/** Outcomes with an ICC: the binary ones and days in care (time to care is a survival outcome). */
const iccOutcomes: readonly string[] = [...binaryOutcomes, "days_in_care_12m"];

/** Family-size bands of the cluster-size table: 1, 2, 3, 4 and 5 or more children. */
export const FAMILY_SIZE_BANDS = ["1", "2", "3", "4", "5+"] as const;

/**
 * ICCs and cluster sizes among the analysed children `rows`.
 * Choices: the ICC is pooled across arms adjusted for arm (clusters nested in arm; see
 * stats/clustering/intracluster-correlation.ts). At LA level the units are children and the
 * clusters are LA × arm cells (each LA has families in both arms); it is estimated only when at
 * least 2 local authorities have at least 2 families each among the children with the outcome,
 * otherwise the row says why not.
 * @example clusteringSummary(data, population.rows, plan).icc[0].estimate
 */
export function clusteringSummary(
  data: TrialData,
  rows: ArrayLike<number>,
  plan: TrialPlan,
): { clustering: Clustering; notes: string[]; references: string[] } {
  const icc: IccRow[] = [];
  const references = new Set<string>();
  const outcomes = [plan.primary, ...plan.secondary].filter(
    (o, i, all) => iccOutcomes.includes(o) && all.indexOf(o) === i,
  );
  for (const outcome of outcomes) {
    const y = data.outcomes[outcome];
    const kept = Array.from(rows).filter((i) => !Number.isNaN(y[i]));
    const pick = <T extends ArrayLike<number>>(a: T) => kept.map((i) => a[i]);
    const yy = pick(y);
    const arm = pick(data.arm);
    const levels: { level: IccRow["level"]; column: string; cluster: number[] }[] = [
      { level: "randomisation_unit", column: plan.cluster, cluster: pick(data.cluster) },
    ];
    if (plan.cluster !== "la_code")
      levels.push({ level: "local_authority", column: "la_code", cluster: pick(data.la) });
    for (const { level, column, cluster } of levels) {
      const base = { outcome, level, column, n: kept.length };
      if (level === "local_authority") {
        const withTwo = lasWithTwoFamilies(kept, data);
        if (withTwo < 2) {
          icc.push({
            ...base,
            estimate: null,
            ci: [null, null],
            se: null,
            clusters: new Set(kept.map((i) => `${data.arm[i]}|${data.la[i]}`)).size,
            n0: null,
            method: "icc.anova_smith",
            note: `not estimable: ${withTwo === 1 ? "only 1 local authority has" : `${withTwo} local authorities have`} 2 or more families (2 such authorities are needed)`,
          });
          continue;
        }
      }
      const e = intraclusterCorrelation(yy, cluster, { group: arm, level: plan.level });
      for (const r of e.references) references.add(r);
      const finite = (x: number) => (Number.isFinite(x) ? x : null);
      icc.push({
        ...base,
        estimate: finite(e.estimate),
        ci: [finite(e.ci[0]), finite(e.ci[1])],
        se: finite(e.se),
        clusters: e.clusters,
        n0: finite(e.n0),
        method: e.method,
        note: e.notes.length ? e.notes.join("; ") : null,
      });
    }
  }
  const notes =
    icc.length > 0
      ? [
          `Intracluster correlation: one-way ANOVA estimator with the adjusted cluster size n0, clusters nested in arm (pooled across arms, adjusted for arm), Wald interval from Smith's large-sample variance; negative estimates reported as estimated, not set to 0.`,
        ]
      : [];
  return {
    clustering: { icc, sizes: { families: familySizes(data, rows), localAuthorities: laSizes(data, rows) } },
    notes,
    references: [...references],
  };
}

/** Local authorities with at least 2 families among `kept`. */
function lasWithTwoFamilies(kept: number[], data: TrialData): number {
  const families = new Map<number, Set<number>>();
  for (const i of kept) {
    const s = families.get(data.la[i]) ?? new Set<number>();
    s.add(data.family[i]);
    families.set(data.la[i], s);
  }
  return [...families.values()].filter((s) => s.size >= 2).length;
}

function familySizes(data: TrialData, rows: ArrayLike<number>): Clustering["sizes"]["families"] {
  const byArm = { fgc: new Map<number, number>(), control: new Map<number, number>() };
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const m = data.arm[i] === 1 ? byArm.fgc : byArm.control;
    m.set(data.family[i], (m.get(data.family[i]) ?? 0) + 1);
  }
  const summary = (m: Map<number, number>) => {
    const sizes = [...m.values()];
    const children = sizes.reduce((s, n) => s + n, 0);
    const band = (n: number) => FAMILY_SIZE_BANDS[Math.min(n, 5) - 1];
    return {
      families: sizes.length,
      children,
      byChildren: FAMILY_SIZE_BANDS.map((b) => ({
        children: b,
        families: sizes.filter((n) => band(n) === b).length,
      })),
      mean: sizes.length ? children / sizes.length : null,
      max: sizes.length ? Math.max(...sizes) : null,
    };
  };
  return { fgc: summary(byArm.fgc), control: summary(byArm.control) };
}

function laSizes(data: TrialData, rows: ArrayLike<number>): Clustering["sizes"]["localAuthorities"] {
  const byArm = { fgc: new Map<number, Set<number>>(), control: new Map<number, Set<number>>() };
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const m = data.arm[i] === 1 ? byArm.fgc : byArm.control;
    const s = m.get(data.la[i]) ?? new Set<number>();
    s.add(data.family[i]);
    m.set(data.la[i], s);
  }
  const summary = (m: Map<number, Set<number>>) => {
    const counts = [...m.values()].map((s) => s.size);
    const families = counts.reduce((s, n) => s + n, 0);
    return {
      localAuthorities: counts.length,
      families,
      meanFamilies: counts.length ? families / counts.length : null,
      minFamilies: counts.length ? Math.min(...counts) : null,
      maxFamilies: counts.length ? Math.max(...counts) : null,
    };
  };
  return { fgc: summary(byArm.fgc), control: summary(byArm.control) };
}
