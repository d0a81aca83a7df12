// The sample-size report of `fgc power` as a document, built from a PowerResult only: the
// headline, the table over effects and ICCs, the power curves, and the methods with references.
// Sizes are shown rounded up to whole children and families; results.json keeps them unrounded.
import type { PowerResult, PowerRow } from "../power/result.js";
import { formatCount } from "../util/format-count.js";
import { bibliography } from "./bibliography.js";
import type { ReportDocument, ReportSection, ReportTable } from "./document.js";
import { powerCurveSpec } from "./specs/power-curve.js";
import { formatNumber, formatPercent } from "./summarize.js";

const OUTCOME_WORDS = {
  proportions: "a binary outcome (two proportions)",
  means: "a mean (two means, t test)",
  time_to_event: "time to event (log-rank test)",
} as const;

/**
 * The report document of a power calculation.
 * @example buildPowerReport(runPower(powerPlanSchema.parse({ outcome: "proportions", p0: 0.48, effects: [0.36] }), "1")).sections.length // 4
 */
export function buildPowerReport(
  result: PowerResult,
  title = "Family Group Conferences: sample size and power",
): ReportDocument {
  const p = result.plan;
  return {
    title,
    subtitle: `${OUTCOME_WORDS[p.outcome]}; ${formatPercent(p.power, 0)} power, two-sided ${formatPercent(1 - p.level, 0)} significance; families of mean size ${formatNumber(p.clusterSize, 2)}${p.clusterSizeCv > 0 ? ` (cv ${formatNumber(p.clusterSizeCv, 2)})` : ""}.`,
    sections: [summarySection(result), tableSection(result), curveSection(result), methodsSection(result)],
    provenance: [
      ["Tool", `${result.tool.name} ${result.tool.version}`],
      ["Results format", result.version],
    ],
  };
}

/** Whole numbers (days in care) without decimals, others to 2. */
function plain(x: number): string {
  return formatNumber(x, Number.isInteger(x) ? 0 : 2);
}

/** The effect as words: "36% vs 48%", "difference 30 (sd 110)", "HR 0.75". */
export function powerEffectLabel(result: PowerResult, effect: number): string {
  const p = result.plan;
  if (p.outcome === "proportions") return `${formatPercent(effect)} vs ${formatPercent(p.p0 ?? Number.NaN)}`;
  if (p.outcome === "means") return `difference ${plain(effect)} (sd ${plain(p.sd ?? Number.NaN)})`;
  return `HR ${formatNumber(effect, 2)}`;
}

/** The one-sentence finding: children per arm for the first effect, without and with clustering. */
export function powerHeadline(r: PowerResult): string {
  const p = r.plan;
  const first = r.rows.filter((row) => row.effect === p.effects[0]);
  const base = first[0];
  const worst = first[first.length - 1];
  const ceil = (x: number | null) =>
    x === null || !Number.isFinite(x) ? "not estimable" : formatCount(Math.ceil(x));
  const events = base.events !== undefined && base.events !== null ? ` (${ceil(base.events)} events)` : "";
  let text = `To detect ${powerEffectLabel(r, p.effects[0])} with ${formatPercent(p.power, 0)} power at ${formatPercent(1 - p.level, 0)} significance (two-sided): ${ceil(base.nPerArm)} children per arm${events} if randomised individually`;
  if (p.clusterSize > 1 && first.length > 1)
    text += `; ${ceil(worst.nPerArmClustered)} children (${ceil(worst.clustersPerArm)} families) per arm with families of mean size ${formatNumber(p.clusterSize, 2)} and ICC ${worst.icc}`;
  text += ".";
  if (p.nPerArm !== null && base.powerAtN !== null)
    text += ` With ${formatCount(p.nPerArm)} children per arm the power is ${formatPercent(base.powerAtN)} at ICC ${base.icc}.`;
  return text;
}

function summarySection(r: PowerResult): ReportSection {
  return {
    id: "summary",
    title: "Summary",
    blocks: [
      { kind: "headline", text: powerHeadline(r) },
      { kind: "list", items: r.notes },
    ],
  };
}

/** The grid as a table (also tables/sample-size.csv and .md). */
export function powerTable(r: PowerResult): ReportTable {
  const p = r.plan;
  const tte = p.outcome === "time_to_event";
  const withN = p.nPerArm !== null;
  const ceil = (x: number | null | undefined) =>
    x === null || x === undefined || !Number.isFinite(x) ? "not estimable" : Math.ceil(x);
  const columns = [
    "Effect",
    "ICC",
    "Design effect",
    ...(tte ? ["Events (total)"] : []),
    "Children per arm, individually randomised",
    "Children per arm, clustered",
    "Families per arm",
    ...(withN ? [`Power with ${formatCount(p.nPerArm as number)} per arm`] : []),
  ];
  const rows = r.rows.map((row: PowerRow) => [
    powerEffectLabel(r, row.effect),
    row.icc,
    formatNumber(row.designEffect, 3),
    ...(tte ? [ceil(row.events)] : []),
    ceil(row.nPerArm),
    ceil(row.nPerArmClustered),
    ceil(row.clustersPerArm),
    ...(withN ? [formatPercent(row.powerAtN)] : []),
  ]);
  return {
    id: "sample-size",
    caption: `Sample size for ${formatPercent(p.power, 0)} power by effect and ICC (rounded up; results.json has the unrounded values)`,
    columns,
    rows,
    numeric: columns.map((_, i) => i > 0),
    groupBy: [0],
  };
}

function tableSection(r: PowerResult): ReportSection {
  return {
    id: "sample-size",
    title: "Sample size by effect and ICC",
    blocks: [{ kind: "table", table: powerTable(r) }],
  };
}

function curveSection(r: PowerResult): ReportSection {
  const p = r.plan;
  const label = (effect: number, icc: number) => `${powerEffectLabel(r, effect)}, ICC ${icc}`;
  const series = [...new Set(r.curve.map((c) => label(c.effect, c.icc)))];
  const data = r.curve.map((c) => ({ series: label(c.effect, c.icc), nPerArm: c.nPerArm, power: c.power }));
  const title = "Power by children per arm";
  // The curve's points at a quarter, half, three quarters and all of its range (a point whose
  // size is too small to analyse is missing from the curve, so points are picked by size).
  const top = Math.max(...data.map((d) => d.nPerArm));
  const quarter = (n: number) => (4 * n) / top;
  const tableRows = series.flatMap((s) =>
    data
      .filter((d) => d.series === s && Math.abs(quarter(d.nPerArm) - Math.round(quarter(d.nPerArm))) < 1e-9)
      .filter((d) => Math.round(quarter(d.nPerArm)) >= 1)
      .map((d) => [s, Math.round(d.nPerArm), formatPercent(d.power)]),
  );
  return {
    id: "power-curve",
    title,
    blocks: [
      {
        kind: "chart",
        chart: {
          id: "power-curve",
          title,
          description: `Power against children per arm for ${series.join("; ")}; the dashed line marks ${formatPercent(p.power, 0)} power.`,
          spec: powerCurveSpec(data, {
            title,
            series,
            target: p.power,
            xTitle: "Children per arm (with clustering)",
          }),
          table: {
            id: "power-curve",
            caption: "Power at a quarter, half, three quarters and all of the chart's range",
            columns: ["Series", "Children per arm", "Power"],
            rows: tableRows,
            numeric: [false, true, true],
          },
        },
      },
    ],
  };
}

function methodsSection(r: PowerResult): ReportSection {
  const method = {
    proportions:
      "normal approximation without continuity correction (Fleiss, Levin & Paik 2003), as R's power.prop.test",
    means: "two-sample t test by the noncentral t distribution (Cohen 1988; Lenth 1989), as R's power.t.test",
    time_to_event: "required events by Schoenfeld (1983); children = events / probability of the event",
  }[r.plan.outcome];
  return {
    id: "methods",
    title: "Methods and references",
    blocks: [
      {
        kind: "definitions",
        items: [
          ["Test", method],
          [
            "Design effect",
            "1 + ((cv² + 1)·m − 1)·ICC (Donner et al. 1981; Eldridge, Ashby & Kerry 2006 for unequal cluster sizes, cv = 0 for equal)",
          ],
          [
            "Clustered size",
            "children per arm individually randomised × design effect; families = children / mean family size",
          ],
        ],
      },
      { kind: "paragraph", text: "References:" },
      { kind: "list", items: bibliography(r.references) },
    ],
  };
}
