import type { SubgroupRow, TrialEstimate, TrialResult } from "../trial/result.js";
import type { ReportChart, ReportSection, ReportTable } from "./document.js";
import { plural } from "../util/plural.js";
import { formatNumber, formatP, formatPercent, formatPointsInterval } from "./summarize.js";
import { formatCount } from "../util/format-count.js";
import { measureLabels, outcomeLabel, subgroupLabels } from "./trial-labels.js";
import { bibliography } from "./bibliography.js";
import {
  armRateRows,
  armRatesChart,
  forestChart,
  forestDifferencesChart,
  forestRatiosChart,
} from "./trial-effect-charts.js";

export function outcomesSection(r: TrialResult): ReportSection {
  const level = r.plan.level;
  const rateRows = armRateRows(r.estimates);
  const multiplicity = new Map(
    r.multiplicity.map((m) => [`${m.outcome}|${m.measure}|${m.model}`, m.adjusted]),
  );
  const table = estimatesTable(r, multiplicity);
  return {
    id: "outcomes",
    title: "Outcomes and effects",
    blocks: [
      {
        kind: "chart",
        chart: {
          ...armRatesChart(r.estimates),
          table: {
            id: "arm-rates-data",
            caption: "Outcome rates by arm",
            columns: ["Outcome", "Arm", "Rate", "Lower", "Upper"],
            numeric: [false, false, true, true, true],
            rows: rateRows.map((x) => [
              x.outcome,
              x.arm,
              formatPercent(x.rate),
              formatPercent(x.lower),
              formatPercent(x.upper),
            ]),
          },
        },
      },
      {
        kind: "chart",
        chart: forestDifferencesChart(r.estimates, level),
      },
      {
        kind: "chart",
        chart: forestRatiosChart(r.estimates, level),
      },
      { kind: "table", table },
    ],
  };
}

/**
 * The subgroup forest plot, from the rows alone (as armRatesChart): `fgc trial` draws it as
 * soon as runTrial hands the subgroups out, before the re-randomisation and bootstrap.
 */
export function subgroupsChart(rows: readonly SubgroupRow[], level: number, primary: string): ReportChart {
  // The interaction test is one per subgroup variable: shown beside its first drawn row.
  const drawn = (s: SubgroupRow) => s.riskDifference !== null && s.ci[0] !== null && s.ci[1] !== null;
  const noteRow = new Set(
    [...new Set(rows.map((s) => s.subgroup))].map((g) => rows.findIndex((s) => s.subgroup === g && drawn(s))),
  );
  return forestChart(
    rows.map((s, i) => ({
      label: `${subgroupName(s)}: ${s.level}`,
      estimate: s.riskDifference === null ? null : s.riskDifference * 100,
      lower: s.ci[0] === null ? null : s.ci[0] * 100,
      upper: s.ci[1] === null ? null : s.ci[1] * 100,
      text: formatPointsInterval(s.riskDifference, s.ci, level),
      note: noteRow.has(i) ? interactionNote(s.interactionP) : undefined,
    })),
    {
      scale: "difference",
      title: "Subgroups",
      axisTitle: `Risk difference in percentage points: ${outcomeLabel(primary).toLowerCase()}`,
    },
    {
      id: "subgroups",
      title: "Subgroup forest plot",
      description:
        "Risk difference for the primary outcome within each subgroup, with confidence intervals; beside the first row of each subgroup variable, the p-value of its test of interaction.",
    },
  );
}

export function subgroupsSection(r: TrialResult): ReportSection {
  const rows = r.subgroups;
  const chart = subgroupsChart(rows, r.plan.level, r.plan.primary);
  const table: ReportTable = {
    id: "subgroups",
    caption: `Subgroup risk differences for the primary outcome, with interaction tests`,
    columns: [
      "Subgroup",
      "n FGC",
      "n control",
      "Rate FGC",
      "Rate control",
      "Risk difference (CI)",
      "Interaction p",
    ],
    numeric: [false, true, true, true, true, true, true],
    rows: rows.map((s) => [
      `${subgroupName(s)}: ${s.level}`,
      s.nFgc,
      s.nControl,
      formatPercent(s.rateFgc),
      formatPercent(s.rateControl),
      formatPointsInterval(s.riskDifference, s.ci, r.plan.level),
      formatP(s.interactionP),
    ]),
    notes: [
      "Subgroup effects are read only through the interaction test; a subgroup CI that excludes zero is not evidence that the effect differs between subgroups.",
      ...missingNotes(rows),
      ...cautionNotes(rows),
    ],
  };
  return {
    id: "subgroups",
    title: "Subgroups",
    blocks: rows.length
      ? [
          { kind: "list", items: subgroupVariableItems(rows) },
          {
            kind: "chart",
            chart: { ...chart, table },
          },
        ]
      : [{ kind: "paragraph", text: noSubgroupText(r) }],
  };
}

/**
 * The small-data cautions of the subgroup rows, in words: the trial-wide one once, then each
 * level with few events ("Caution: Sex: F: few events: 6 in the FGC arm; the interval may be unreliable.").
 */
function cautionNotes(rows: SubgroupRow[]): string[] {
  const all = rows.flatMap((s) => (s.cautions ?? []).map((c) => ({ s, c })));
  const trialWide = [...new Set(all.filter(({ c }) => c.startsWith("few children")).map(({ c }) => c))];
  return [
    ...trialWide.map((c) => `Caution: ${c}.`),
    ...all
      .filter(({ c }) => !c.startsWith("few children"))
      .map(({ s, c }) => `Caution: ${subgroupName(s)}: ${s.level}: ${c}.`),
  ];
}

/** Why the report has no subgroup rows: none planned, a primary outcome that is not binary, or too few levels. */
function noSubgroupText(r: TrialResult): string {
  if (r.plan.subgroups.length === 0) return "No subgroup analysis was planned.";
  if (!r.estimates.some((e) => e.outcome === r.plan.primary && e.measure === "risk_difference"))
    return `Subgroup analyses are of a binary primary outcome (a risk difference per level); the primary outcome here, ${outcomeLabel(r.plan.primary).toLowerCase()}, is not binary, so the planned subgroups were not analysed.`;
  return "No planned subgroup had two or more levels among the analysed children (see the method notes).";
}

/** The subgroup as the report names it: a named subgroup's label, else the plan's column. */
function subgroupName(s: SubgroupRow): string {
  return subgroupLabels[s.subgroup] ?? s.subgroup;
}

/**
 * One line per subgroup variable: how its levels were formed from the input column, and how many
 * analysed children had no value there (left out of its analysis, never dropped silently).
 */
function subgroupVariableItems(rows: SubgroupRow[]): string[] {
  return [...new Set(rows.map((s) => s.subgroup))].map((g) => {
    const levels = rows.filter((s) => s.subgroup === g);
    const first = levels[0];
    const inLevels = levels.reduce((n, s) => n + s.nFgc + s.nControl, 0);
    const how = first.breaks
      ? `${first.column} cut at ${first.breaks.map((b) => formatBreak(b)).join(", ")} into intervals that include their lower break (${levels.map((s) => s.level).join("; ")})`
      : (namedSubgroupHow[g] ?? `the values of ${first.column}`);
    const missing =
      first.missing === 0
        ? "every analysed child had a value"
        : `${plural(first.missing, "child")} of ${formatCount(inLevels + first.missing)} analysed had no value and ${first.missing === 1 ? "is" : "are"} left out of this subgroup's analysis`;
    return `${subgroupName(first)}: ${how}; ${plural(levels.length, "level")}; ${missing}.`;
  });
}

/** "age_years: 12 children with no value, left out of this subgroup's analysis" per subgroup with any. */
function missingNotes(rows: SubgroupRow[]): string[] {
  const firsts = [...new Set(rows.map((s) => s.subgroup))].map(
    (g) => rows.find((s) => s.subgroup === g) as SubgroupRow,
  );
  return firsts
    .filter((s) => s.missing > 0)
    .map(
      (s) =>
        `${subgroupName(s)}: ${plural(s.missing, "child")} with no value, left out of this subgroup's analysis.`,
    );
}

const namedSubgroupHow: Record<string, string> = {
  age_band: "age_years in the bands of the LA return",
  disability: "disability (1 = disabled)",
  la_code: "the local authority code",
};

function formatBreak(x: number): string {
  return x < 0 ? `\u2212${-x}` : String(x);
}

/** "interaction p = 0.43", or "interaction p not estimable". */
export function interactionNote(p: number | null): string {
  return p === null || !Number.isFinite(p) ? "interaction p not estimable" : `interaction ${formatP(p)}`;
}

export function methodsSection(r: TrialResult): ReportSection {
  const p = r.plan;
  const keys = r.references;
  return {
    id: "methods",
    title: "Plan, methods and references",
    blocks: [
      {
        kind: "definitions",
        items: [
          ["Primary outcome", outcomeLabel(p.primary)],
          ["Secondary outcomes", p.secondary.map(outcomeLabel).join("; ")],
          ["Window", `${p.window} days from the pre-proceedings letter`],
          [
            "Adjusted models",
            `fixed effects for ${p.fixedEffects.join(", ")}; covariates ${p.covariates.join(", ")}; standard errors clustered by ${p.cluster} (CR1/HC1)`,
          ],
          ["Multiplicity", `${p.multiplicity} across secondary outcomes`],
          [
            "Resampling",
            `seed ${p.seed}; ${p.bootstrapReplicates} bootstrap and ${p.rerandomisations} re-randomisation replicates`,
          ],
          ["Confidence level", `${Math.round(p.level * 100)}%`],
        ],
      },
      { kind: "paragraph", text: "Method notes, as the estimators recorded them:" },
      { kind: "list", items: r.notes.length ? r.notes : ["none"] },
      { kind: "paragraph", text: "References:" },
      {
        kind: "list",
        items: bibliography(keys),
      },
    ],
  };
}

/**
 * Every estimate of results.json, one short line each: rows grouped under their outcome (in the
 * HTML), the method in plain words (`methodLabel`), a p-value wherever one is defined and "—"
 * with a footnote where none is (one arm's rate).
 */
export function estimatesTable(r: TrialResult, multiplicity: Map<string, number | null>): ReportTable {
  const level = Math.round(r.plan.level * 100);
  const noP = r.estimates.some((e) => pCell(e.p) === "—");
  const adjusted = r.plan.multiplicity !== "none" && r.multiplicity.length > 0;
  // Few events touch an outcome: a column says so on its rows (in the HTML, beside the outcome's
  // heading, so the rows stay one line; results.json says which estimates exactly). Few
  // children touch every row: a note says so.
  const unreliable = /; the interval may be unreliable$/;
  const eventCautions = (e: TrialEstimate) => (e.cautions ?? []).filter((c) => !c.startsWith("few children"));
  const outcomeCaution = new Map<string, string>();
  for (const e of r.estimates)
    for (const c of eventCautions(e))
      if (!outcomeCaution.get(e.outcome)?.includes(c.replace(unreliable, "")))
        outcomeCaution.set(
          e.outcome,
          [outcomeCaution.get(e.outcome), c.replace(unreliable, "")].filter(Boolean).join("; "),
        );
  const rowCaution = (e: TrialEstimate) => {
    const c = outcomeCaution.get(e.outcome);
    return c ? `caution: ${c}` : "";
  };
  const cautionColumn = outcomeCaution.size > 0;
  const fewChildren = r.estimates.flatMap((e) => e.cautions ?? []).find((c) => c.startsWith("few children"));
  return {
    id: "estimates",
    caption: "Every estimate of results.json (which holds rates and risk differences as proportions)",
    columns: [
      "Outcome",
      "Measure",
      "Method",
      "Estimate",
      `${level}% CI`,
      "p",
      ...(adjusted ? [`p, ${multiplicityWords[r.plan.multiplicity] ?? r.plan.multiplicity}`] : []),
      "n",
      ...(cautionColumn ? ["Caution"] : []),
    ],
    numeric: [
      false,
      false,
      false,
      true,
      true,
      true,
      ...(adjusted ? [true] : []),
      true,
      ...(cautionColumn ? [false] : []),
    ],
    // The caution column is the last.
    groupBy: cautionColumn ? [[0, adjusted ? 8 : 7], 2] : [0, 2],
    rows: byOutcome(r.estimates).map((e) => [
      outcomeLabel(e.outcome),
      e.outcome.startsWith("cost_") && e.measure === "mean_difference"
        ? "Mean difference (£)"
        : (tableMeasureLabels[e.measure] ?? measureLabels[e.measure] ?? e.measure),
      e.methodLabel ?? e.method,
      estimateCell(e.measure, e.estimate),
      e.estimate === null
        ? "—"
        : `${estimateCell(e.measure, e.ci[0])} to ${estimateCell(e.measure, e.ci[1])}`,
      pCell(e.p),
      ...(adjusted ? [pCell(multiplicity.get(`${e.outcome}|${e.measure}|${e.model}`) ?? null, "")] : []),
      formatCount(e.n),
      ...(cautionColumn ? [rowCaution(e)] : []),
    ]),
    notes: [
      ...(fewChildren ? [`Caution, every row: ${fewChildren}.`] : []),
      ...(cautionColumn
        ? [
            "Caution: fewer than 10 events in an arm of an outcome; that outcome's intervals and p-values (large-sample methods) may be unreliable (results.json lists the estimates each caution touches).",
          ]
        : []),
      `Ratios are referred over control; differences are referred minus control. Rates are in per cent, risk differences in percentage points, mean differences in days${r.costs ? " (in pounds for costs)" : ""}.`,
      `Adjusted models also include the covariates ${r.plan.covariates.join(", ")}. Standardised: the risk difference and ratio averaged over the analysed children's predicted risks under each arm (marginal standardisation, delta-method SE). Miettinen–Nurminen rows: the score interval and the score test it inverts.`,
      ...(noP
        ? [
            "—: no p-value is defined: a rate in one arm compares nothing, and an estimate that is not estimable has none.",
          ]
        : []),
      ...(adjusted
        ? [
            `p, ${multiplicityWords[r.plan.multiplicity] ?? r.plan.multiplicity}: the secondary outcomes' p-values adjusted together by the ${r.plan.multiplicity} method; blank on rows outside that family.`,
          ]
        : []),
    ],
  };
}

/** The estimates with each outcome's rows together (the complier effect under its outcome). */
function byOutcome(estimates: TrialEstimate[]): TrialEstimate[] {
  const order = [...new Set(estimates.map((e) => e.outcome))];
  return order.flatMap((o) => estimates.filter((e) => e.outcome === o));
}

/** The table's column title for the plan's multiplicity method. */
const multiplicityWords: Record<string, string> = { holm: "Holm", hochberg: "Hochberg", bh: "BH" };

/** Shorter measure names than the report's prose uses, so each row stays on one line. */
const tableMeasureLabels: Record<string, string> = {
  cace_risk_difference: "Complier average causal effect (points)",
};

/** "0.012", "< 0.001", or `none` ("—") where no p-value is defined. */
function pCell(p: number | null | undefined, none = "—"): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return none;
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}

/** Risk differences (and the complier effect, a risk difference) are read in percentage points. */
function isPoints(measure: string): boolean {
  return measure === "risk_difference" || measure === "cace_risk_difference";
}

/** A table cell in the measure's reading unit: "36.1%", "−12.0" (points), "0.615", "−31.4" (days). */
function estimateCell(measure: string, x: number | null): string {
  if (measure === "rate_fgc" || measure === "rate_control") return formatPercent(x);
  if (isPoints(measure)) return formatNumber(x === null ? null : x * 100, 1);
  if (measure === "mean_difference") return formatNumber(x, 1);
  if (measure === "mean_fgc" || measure === "mean_control") return formatNumber(x, 0);
  return formatNumber(x, 3);
}
