import type { IccRow, TrialResult } from "../trial/result.js";
import type { ReportSection, ReportTable } from "./document.js";
import { plural } from "../util/plural.js";
import { formatNumber } from "./summarize.js";
import { formatCount } from "../util/format-count.js";
import { outcomeLabel } from "./trial-labels.js";

const ARMS = [
  ["fgc", "Referred for an FGC"],
  ["control", "Control"],
] as const;

/**
 * Cluster sizes by arm (CONSORT cluster extension, items 13a and 15: clusters and individuals):
 * families by number of analysed children, mean and largest family, and local authorities with
 * the families in each.
 * @example clusterSizesTable(result).rows[0] // ["Families with 1 child", "434", "404"]
 */
export function clusterSizesTable(r: TrialResult): ReportTable {
  const f = r.clustering.sizes.families;
  const l = r.clustering.sizes.localAuthorities;
  const band = (b: string) =>
    b === "5+" ? "Families with 5 or more children" : `Families with ${plural(Number(b), "child")}`;
  const range = (min: number | null, max: number | null) =>
    min === null || max === null
      ? "none"
      : min === max
        ? formatCount(min)
        : `${formatCount(min)}–${formatCount(max)}`;
  return {
    id: "cluster-sizes",
    caption: "Cluster sizes by arm: families by number of children, and local authorities",
    columns: ["Clusters", ...ARMS.map(([, label]) => label)],
    numeric: [false, true, true],
    rows: [
      ...f.fgc.byChildren.map((b, i) => [
        band(b.children),
        formatCount(b.families),
        formatCount(f.control.byChildren[i]?.families ?? 0),
      ]),
      ["Families", formatCount(f.fgc.families), formatCount(f.control.families)],
      ["Children", formatCount(f.fgc.children), formatCount(f.control.children)],
      ["Mean children per family", formatNumber(f.fgc.mean, 2), formatNumber(f.control.mean, 2)],
      ["Most children in one family", formatNumber(f.fgc.max, 0), formatNumber(f.control.max, 0)],
      ["Local authorities", formatCount(l.fgc.localAuthorities), formatCount(l.control.localAuthorities)],
      [
        "Mean families per local authority",
        formatNumber(l.fgc.meanFamilies, 1),
        formatNumber(l.control.meanFamilies, 1),
      ],
      [
        "Families per local authority (fewest–most)",
        range(l.fgc.minFamilies, l.fgc.maxFamilies),
        range(l.control.minFamilies, l.control.maxFamilies),
      ],
    ],
    notes: [
      "Among the analysed children. Families are the unit of randomisation; every local authority can hold families of both arms.",
    ],
  };
}

/**
 * An ICC and its limits: 3 decimals, or 4 under 0.05 in absolute value (LA level, typically) so
 * that a limit does not read "−0.000". A row that is not estimable gives its note and no limits.
 * @example iccCells(row) // ["0.655", "0.620 to 0.689"]
 */
export function iccCells(row: IccRow): [icc: string, ci: string] {
  if (row.estimate === null) return [row.note ?? "not estimable", ""];
  const d = Math.abs(row.estimate) < 0.05 ? 4 : 3;
  return [formatNumber(row.estimate, d), `${formatNumber(row.ci[0], d)} to ${formatNumber(row.ci[1], d)}`];
}

/** "Family (family_id)", "Local authority (la_code)". */
export function iccLevelLabel(row: IccRow): string {
  if (row.level === "local_authority") return `Local authority (${row.column})`;
  return row.column === "family_id" ? "Family (family_id)" : `Randomisation unit (${row.column})`;
}

/**
 * The intracluster correlation of each binary outcome and days in care at the randomisation unit and at LA level
 * (CONSORT cluster extension item 17a: "a coefficient of intracluster correlation (ICC or k) for
 * each primary outcome", Campbell et al. 2012), with its interval, clusters and n0.
 * @example clusteringSection(result).blocks[1] // the ICC table
 */
export function clusteringSection(r: TrialResult): ReportSection {
  const rows = r.clustering.icc;
  const negative = rows.some((x) => x.estimate !== null && x.estimate < 0);
  return {
    id: "clustering",
    title: "Intracluster correlation (CONSORT 17a)",
    blocks: [
      {
        kind: "paragraph",
        text: rows.length
          ? "How alike the outcomes of children in the same cluster are: the share of the outcome's variance that lies between clusters (0: no more alike than children in different clusters). Estimated within arms and pooled, so that the effect of referral does not count as clustering; for planning the next trial, the design effect is 1 + (n0 − 1) × ICC."
          : "No binary outcome and no days in care were analysed, so no intracluster correlation was estimated (time to care has none).",
      },
      ...(rows.length
        ? [
            {
              kind: "table" as const,
              table: {
                id: "icc",
                caption: "Intracluster correlation coefficient (ICC) of each outcome",
                columns: [
                  "Outcome",
                  "Cluster level",
                  "Clusters",
                  "Children",
                  "Adjusted cluster size n0",
                  "ICC",
                  `${Math.round(r.plan.level * 100)}% CI`,
                ],
                numeric: [false, false, true, true, true, true, true],
                rows: rows.map((x) => [
                  outcomeLabel(x.outcome),
                  iccLevelLabel(x),
                  formatCount(x.clusters),
                  formatCount(x.n),
                  formatNumber(x.n0, 2),
                  ...iccCells(x),
                ]),
                notes: [
                  "One-way ANOVA estimator with n0 for unequal cluster sizes (Fleiss 1981; Donner 1986), clusters nested in arm; Wald interval from Smith's (1957) large-sample variance, limits kept within −1 to 1. Local-authority clusters are local authority × arm cells of children, estimated when at least 2 local authorities have 2 or more families.",
                  ...(negative
                    ? [
                        "A negative ICC is reported as estimated (children in the same cluster no more alike than chance); it is often set to 0 in a design effect.",
                      ]
                    : []),
                ],
              },
            },
          ]
        : []),
    ],
  };
}
