/**
 * The trial report as a document, built from a TrialResult only: headline, participants
 * (CONSORT), baseline, outcomes, effects, time to care, complier effect, subgroups, sensitivity,
 * and the plan with methods and references.
 */
import { references } from "../stats/references.js";
import type { TrialEstimate, TrialResult } from "../trial/result.js";
import type { ReportBlock, ReportDocument, ReportSection, ReportTable } from "./document.js";
import { armRatesSpec } from "./specs/arm-rates.js";
import { consortSpec } from "./specs/consort.js";
import { forestPlotSpec } from "./specs/forest-plot.js";
import { kaplanMeierSpec } from "./specs/kaplan-meier.js";
import {
  formatCount,
  formatInterval,
  formatNumber,
  formatP,
  formatPercent,
  formatPointsInterval,
} from "./summarize.js";
import { measureLabels, outcomeLabel, subgroupLabels } from "./trial-labels.js";

export function buildTrialReport(
  result: TrialResult,
  title = "Family Group Conference trial: analysis report",
): ReportDocument {
  const sections: ReportSection[] = [
    summarySection(result),
    participantsSection(result),
    baselineSection(result),
    outcomesSection(result),
    timeToCareSection(result),
    compliersSection(result),
    subgroupsSection(result),
    sensitivitySection(result),
    methodsSection(result),
  ];
  return {
    title,
    subtitle: `Intention-to-treat analysis of ${formatCount(result.consort.analysed.fgc.children + result.consort.analysed.control.children)} children; ${Math.round(result.plan.level * 100)}% confidence intervals throughout.`,
    sections,
    provenance: [
      ["Tool", `${result.tool.name} ${result.tool.version}`],
      ["Results format", result.version],
      ["Seed", String(result.seed)],
      ...result.inputs.map((i): [string, string] => [
        `Input ${i.file} (${formatCount(i.rows)} rows)`,
        `sha256 ${i.sha256}`,
      ]),
    ],
  };
}

/** The plain-English headline of the primary outcome. */
export function trialHeadline(result: TrialResult): string {
  const primary = result.plan.primary;
  const rd = find(result, primary, "risk_difference", "unadjusted");
  const md = find(result, primary, "mean_difference", "unadjusted");
  const level = result.plan.level;
  if (rd && rd.estimate !== null) {
    const direction = rd.estimate < 0 ? "less" : "more";
    const pts = formatNumber(Math.abs(rd.estimate) * 100, 1);
    return `Children whose families were referred for an FGC were ${pts} percentage points ${direction} likely to be ${outcomeLabel(primary).toLowerCase()} than children whose families were not (risk difference ${formatPointsInterval(rd.estimate, rd.ci, level)}).`;
  }
  if (md && md.estimate !== null)
    return `${outcomeLabel(primary)}: mean difference ${formatInterval(md.estimate, md.ci, level, 1)} days.`;
  return `${outcomeLabel(primary)}: the effect could not be estimated; see the notes.`;
}

function summarySection(r: TrialResult): ReportSection {
  const blocks: ReportBlock[] = [{ kind: "headline", text: trialHeadline(r) }];
  if (r.published.length > 0) {
    blocks.push({
      kind: "table",
      table: {
        id: "published-vs-reproduced",
        caption: "The published English FGC trial beside this analysis",
        columns: [
          "Outcome",
          "Published: FGC",
          "Published: control",
          "This analysis: FGC",
          "This analysis: control",
        ],
        numeric: [false, true, true, true, true],
        rows: r.published.map((p) => [
          p.label,
          fmtUnit(p.publishedFgc, p.unit),
          fmtUnit(p.publishedControl, p.unit),
          fmtUnit(p.reproducedFgc, p.unit),
          fmtUnit(p.reproducedControl, p.unit),
        ]),
        notes: [
          "Published figures: Taylor et al. (2024), British Journal of Social Work, doi:10.1093/bjsw/bcae035; rates are percentages of children, days are mean days in care.",
        ],
      },
    });
  }
  return { id: "summary", title: "Summary", blocks };
}

function participantsSection(r: TrialResult): ReportSection {
  const c = r.consort;
  const arm = (a: "fgc" | "control") =>
    `${formatCount(c.randomised[a].families)} families, ${formatCount(c.randomised[a].children)} children`;
  const totalRand = {
    las: new Set([c.randomised.fgc.localAuthorities, c.randomised.control.localAuthorities]),
    families: c.randomised.fgc.families + c.randomised.control.families,
    children: c.randomised.fgc.children + c.randomised.control.children,
  };
  const excludedBy = (a: "fgc" | "control") => c.excluded.filter((e) => e.arm === a);
  const exclLines = (a: "fgc" | "control") => {
    const ex = excludedBy(a);
    const n = ex.reduce((s, e) => s + e.children, 0);
    return [
      `Excluded from analysis: ${formatCount(n)}`,
      ...ex.slice(0, 3).map((e) => `${e.reason}: ${formatCount(e.children)}`),
    ];
  };
  const spec = consortSpec(
    [
      {
        id: "rand",
        column: 1,
        row: 0,
        lines: [
          "Randomised by family",
          `${formatCount(totalRand.families)} families, ${formatCount(totalRand.children)} children`,
          `${formatCount(Math.max(...totalRand.las))} local authorities`,
        ],
      },
      {
        id: "fgc",
        column: 0,
        row: 1,
        lines: [
          "Referred for an FGC",
          arm("fgc"),
          `Conference held: ${formatCount(c.conferenceHeld.families)} families`,
        ],
        arm: "fgc",
      },
      { id: "control", column: 2, row: 1, lines: ["Not referred (control)", arm("control")], arm: "control" },
      { id: "fgc-ex", column: 0, row: 2, lines: exclLines("fgc"), arm: "fgc" },
      { id: "control-ex", column: 2, row: 2, lines: exclLines("control"), arm: "control" },
      {
        id: "fgc-an",
        column: 0,
        row: 3,
        lines: [
          "Analysed",
          `${formatCount(c.analysed.fgc.families)} families, ${formatCount(c.analysed.fgc.children)} children`,
        ],
        arm: "fgc",
      },
      {
        id: "control-an",
        column: 2,
        row: 3,
        lines: [
          "Analysed",
          `${formatCount(c.analysed.control.families)} families, ${formatCount(c.analysed.control.children)} children`,
        ],
        arm: "control",
      },
    ],
    [
      ["rand", "fgc"],
      ["rand", "control"],
      ["fgc", "fgc-ex"],
      ["control", "control-ex"],
      ["fgc-ex", "fgc-an"],
      ["control-ex", "control-an"],
    ],
    "CONSORT flow diagram",
  );
  const table: ReportTable = {
    id: "consort",
    caption: "Participant flow by arm",
    columns: ["Stage", "FGC: families", "FGC: children", "Control: families", "Control: children"],
    numeric: [false, true, true, true, true],
    rows: [
      [
        "Randomised",
        c.randomised.fgc.families,
        c.randomised.fgc.children,
        c.randomised.control.families,
        c.randomised.control.children,
      ],
      [
        "Analysed",
        c.analysed.fgc.families,
        c.analysed.fgc.children,
        c.analysed.control.families,
        c.analysed.control.children,
      ],
      ...c.excluded.map(
        (e) =>
          [
            `Excluded (${e.arm}): ${e.reason}`,
            null,
            e.arm === "fgc" ? e.children : null,
            null,
            e.arm === "control" ? e.children : null,
          ] as (string | number | null)[],
      ),
    ],
  };
  return {
    id: "participants",
    title: "Participants",
    blocks: [
      {
        kind: "chart",
        chart: {
          id: "consort",
          title: "CONSORT flow diagram",
          description: `Flow of ${formatCount(totalRand.children)} randomised children to analysis, by arm.`,
          spec,
          table,
        },
      },
      {
        kind: "paragraph",
        text: `Rows read: ${formatCount(r.accounting.read)}; used: ${formatCount(r.accounting.used)}; excluded: ${formatCount(r.accounting.excluded.reduce((s, e) => s + e.rows, 0))}.`,
      },
    ],
  };
}

function baselineSection(r: TrialResult): ReportSection {
  const cell = (s: TrialResult["baseline"][number]["fgc"]) =>
    s.mean !== undefined
      ? `${formatNumber(s.mean, 1)} (SD ${formatNumber(s.sd ?? null, 1)})`
      : `${formatCount(s.count ?? 0)} (${formatPercent(s.percent ?? null)})`;
  return {
    id: "baseline",
    title: "Baseline characteristics",
    blocks: [
      {
        kind: "table",
        table: {
          id: "baseline",
          caption: "Baseline characteristics by arm, with standardised differences",
          columns: ["Characteristic", "Referred for an FGC", "Control", "Standardised difference"],
          numeric: [false, true, true, true],
          rows: r.baseline.map((b) => [
            b.level ? `${b.variable}: ${b.level}` : b.variable,
            cell(b.fgc),
            cell(b.control),
            formatNumber(b.smd, 3),
          ]),
          notes: [
            "Numbers are n (%) or mean (SD). Standardised differences above 0.1 in absolute value are often read as imbalance (Austin 2009).",
          ],
        },
      },
    ],
  };
}

function outcomesSection(r: TrialResult): ReportSection {
  const level = r.plan.level;
  const binary = [...new Set(r.estimates.filter((e) => e.measure === "rate_fgc").map((e) => e.outcome))];
  const rateRows = binary.flatMap((o) =>
    (["fgc", "control"] as const).flatMap((arm) => {
      const e = find(r, o, arm === "fgc" ? "rate_fgc" : "rate_control", "unadjusted");
      return e && e.estimate !== null && e.ci[0] !== null && e.ci[1] !== null
        ? [{ outcome: outcomeLabel(o), arm, rate: e.estimate, lower: e.ci[0], upper: e.ci[1] }]
        : [];
    }),
  );
  const ratios = r.estimates.filter((e) => ["risk_ratio", "odds_ratio", "hazard_ratio"].includes(e.measure));
  const diffs = r.estimates.filter(
    (e) => e.measure === "risk_difference" || e.measure === "cace_risk_difference",
  );
  const forestRow = (e: TrialEstimate, scale = 1) => ({
    label: `${outcomeLabel(e.outcome)} · ${shortMeasure[e.measure] ?? e.measure}, ${e.model}`,
    estimate: e.estimate === null ? null : e.estimate * scale,
    lower: e.ci[0] === null ? null : e.ci[0] * scale,
    upper: e.ci[1] === null ? null : e.ci[1] * scale,
    text: formatInterval(
      e.estimate === null ? null : e.estimate * scale,
      [e.ci[0] === null ? null : e.ci[0] * scale, e.ci[1] === null ? null : e.ci[1] * scale],
      level,
    ),
  });
  const multiplicity = new Map(
    r.multiplicity.map((m) => [`${m.outcome}|${m.measure}|${m.model}`, m.adjusted]),
  );
  const table: ReportTable = {
    id: "estimates",
    caption: "Every estimate, as written to results.json",
    columns: [
      "Outcome",
      "Measure",
      "Model",
      "Method",
      "Estimate",
      "CI",
      "p",
      `p (${r.plan.multiplicity})`,
      "n",
    ],
    numeric: [false, false, false, false, true, true, true, true, true],
    rows: r.estimates.map((e) => [
      outcomeLabel(e.outcome),
      measureLabels[e.measure] ?? e.measure,
      e.model,
      e.method,
      formatNumber(e.estimate, 3),
      `${formatNumber(e.ci[0], 3)} to ${formatNumber(e.ci[1], 3)}`,
      formatP(e.p),
      formatP(multiplicity.get(`${e.outcome}|${e.measure}|${e.model}`)),
      e.n,
    ]),
    notes: [
      "Ratios are referred over control; differences are referred minus control.",
      `Secondary outcomes' p-values are also shown adjusted by the ${r.plan.multiplicity} method.`,
    ],
  };
  return {
    id: "outcomes",
    title: "Outcomes and effects",
    blocks: [
      {
        kind: "chart",
        chart: {
          id: "arm-rates",
          title: "Outcome rates by arm",
          description: "Percentage of children with each outcome in each arm, with confidence intervals.",
          spec: armRatesSpec(rateRows, "Outcome rates by arm"),
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
        chart: {
          id: "forest-differences",
          title: "Risk differences (percentage points)",
          description:
            "Forest plot of unadjusted, adjusted and complier risk differences for each binary outcome.",
          spec: forestPlotSpec(
            diffs.map((e) => forestRow(e, 100)),
            {
              scale: "difference",
              title: "Risk differences",
              axisTitle: "Difference in percentage points (referred − control)",
            },
          ),
        },
      },
      {
        kind: "chart",
        chart: {
          id: "forest-ratios",
          title: "Ratios",
          description: "Forest plot of risk, odds and hazard ratios on a log scale.",
          spec: forestPlotSpec(
            ratios.map((e) => forestRow(e)),
            { scale: "ratio", title: "Ratios", axisTitle: "Ratio (referred / control), log scale" },
          ),
        },
      },
      { kind: "table", table },
    ],
  };
}

function timeToCareSection(r: TrialResult): ReportSection {
  const hr = find(r, "time_to_care", "hazard_ratio", "adjusted");
  const lr = r.survival.logRank;
  return {
    id: "time-to-care",
    title: "Time to first care entry",
    blocks: [
      {
        kind: "chart",
        chart: {
          id: "kaplan-meier",
          title: "Cumulative share of children who entered care, by arm",
          description:
            "Kaplan–Meier estimates of the share of children who entered care over time since the letter, by arm, with confidence bands.",
          spec: kaplanMeierSpec(r.survival.curves, "Kaplan–Meier"),
        },
      },
      {
        kind: "paragraph",
        text: `Log-rank test: χ² = ${formatNumber(lr.statistic, 2)}, ${formatP(lr.p)}.${hr ? ` Hazard ratio (Cox, Efron ties, stratified by local authority, robust SE by family): ${formatInterval(hr.estimate, hr.ci, r.plan.level)}.` : ""}`,
      },
    ],
  };
}

function compliersSection(r: TrialResult): ReportSection {
  const cace = r.estimates.find((e) => e.measure === "cace_risk_difference");
  const held = r.consort.conferenceHeld;
  return {
    id: "compliers",
    title: "Effect of a conference actually held",
    blocks: [
      {
        kind: "paragraph",
        text: `Among referred families, ${formatCount(held.families)} of ${formatCount(r.consort.analysed.fgc.families)} held a conference (${formatPercent(held.families / Math.max(1, r.consort.analysed.fgc.families))}).`,
      },
      {
        kind: "paragraph",
        text: cace
          ? `Complier average causal effect on ${outcomeLabel(cace.outcome).toLowerCase()} (two-stage least squares, referral as instrument, local-authority fixed effects, SE clustered by family): ${formatPointsInterval(cace.estimate, cace.ci, r.plan.level)}. It applies to families who would hold a conference if referred, and assumes referral affects outcomes only through the conference.`
          : "The complier average causal effect was not estimated.",
      },
    ],
  };
}

function subgroupsSection(r: TrialResult): ReportSection {
  const rows = r.subgroups;
  const spec = forestPlotSpec(
    rows.map((s) => ({
      label: `${subgroupLabels[s.subgroup] ?? s.subgroup}: ${s.level}`,
      estimate: s.riskDifference === null ? null : s.riskDifference * 100,
      lower: s.ci[0] === null ? null : s.ci[0] * 100,
      upper: s.ci[1] === null ? null : s.ci[1] * 100,
      text: formatPointsInterval(s.riskDifference, s.ci, r.plan.level),
    })),
    {
      scale: "difference",
      title: "Subgroups",
      axisTitle: `Risk difference in percentage points: ${outcomeLabel(r.plan.primary).toLowerCase()}`,
    },
  );
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
      `${subgroupLabels[s.subgroup] ?? s.subgroup}: ${s.level}`,
      s.nFgc,
      s.nControl,
      formatPercent(s.rateFgc),
      formatPercent(s.rateControl),
      formatPointsInterval(s.riskDifference, s.ci, r.plan.level),
      formatP(s.interactionP),
    ]),
    notes: [
      "Subgroup effects are read only through the interaction test; a subgroup CI that excludes zero is not evidence that the effect differs between subgroups.",
    ],
  };
  return {
    id: "subgroups",
    title: "Subgroups",
    blocks: rows.length
      ? [
          {
            kind: "chart",
            chart: {
              id: "subgroups",
              title: "Subgroup forest plot",
              description:
                "Risk difference for the primary outcome within each subgroup, with confidence intervals.",
              spec,
              table,
            },
          },
        ]
      : [{ kind: "paragraph", text: "No subgroup analysis was planned." }],
  };
}

function sensitivitySection(r: TrialResult): ReportSection {
  const items: string[] = [];
  const rr = r.sensitivity.rerandomisation;
  if (rr)
    items.push(
      `Re-randomisation test (${formatCount(rr.replicates)} re-randomisations of families within local authorities, statistic ${rr.statistic}): ${formatP(rr.p)}.`,
    );
  const bs = r.sensitivity.bootstrap;
  if (bs)
    items.push(
      `Cluster bootstrap (${formatCount(bs.replicates)} resamples of families within local authorities, ${bs.statistic}): percentile CI ${formatNumber((bs.percentile[0] ?? Number.NaN) * 100, 1)} to ${formatNumber((bs.percentile[1] ?? Number.NaN) * 100, 1)} points; BCa CI ${formatNumber((bs.bca[0] ?? Number.NaN) * 100, 1)} to ${formatNumber((bs.bca[1] ?? Number.NaN) * 100, 1)} points.`,
    );
  if (!items.length) items.push("No sensitivity analysis was run (replicates set to 0 in the plan).");
  return { id: "sensitivity", title: "Sensitivity analyses", blocks: [{ kind: "list", items }] };
}

function methodsSection(r: TrialResult): ReportSection {
  const p = r.plan;
  const keys = [...new Set(r.references)].filter((k): k is keyof typeof references => k in references).sort();
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
        items: keys.map((k) => {
          const ref = references[k] as {
            authors: string;
            year: number;
            title: string;
            journal: string;
            volume?: string;
            pages?: string;
            doi?: string;
          };
          return `${ref.authors} (${ref.year}). ${ref.title}. ${ref.journal}${ref.volume ? ` ${ref.volume}` : ""}${ref.pages ? `: ${ref.pages}` : ""}.${ref.doi ? ` doi:${ref.doi}` : ""}`;
        }),
      },
    ],
  };
}

const shortMeasure: Record<string, string> = {
  risk_difference: "RD",
  risk_ratio: "RR",
  odds_ratio: "OR",
  hazard_ratio: "HR",
  cace_risk_difference: "CACE",
  mean_difference: "MD",
};

function find(r: TrialResult, outcome: string, measure: string, model: string): TrialEstimate | undefined {
  return r.estimates.find((e) => e.outcome === outcome && e.measure === measure && e.model === model);
}

function fmtUnit(x: number | null, unit: string): string {
  if (x === null) return "not available";
  return unit === "percent" ? formatPercent(x) : formatNumber(x, 0);
}
