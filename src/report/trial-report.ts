import type { TrialResult } from "../trial/result.js";
import type { ReportBlock, ReportDocument, ReportSection } from "./document.js";
import { plural } from "../util/plural.js";
import { clusteringSection } from "./trial-clustering-sections.js";
import { consortChecklistTable } from "./trial-consort-checklist.js";
import { costsSection } from "./trial-costs-sections.js";
import { formatNumber, formatP, formatPercent, formatPointsInterval } from "./summarize.js";
import { formatCount } from "../util/format-count.js";
import { fmtUnit, outcomeLabel } from "./trial-labels.js";
import { trialHeadline } from "./trial-headline.js";
import { methodsSection, outcomesSection, subgroupsSection } from "./trial-effects-sections.js";
import { baselineSection, participantsSection } from "./trial-participants-sections.js";
import { timeToCareSection } from "./trial-time-to-care-sections.js";

/**
 * The trial analysis report as a document for `renderHtml`: summary, participants (CONSORT),
 * baseline, outcomes, time to care, clustering, compliers, subgroups, sensitivity, costs when
 * costed, and methods with the CONSORT checklist. Reads the result only; computes no statistic.
 * Default title "Family Group Conference trial: analysis report".
 * @example
 * ```ts
 * import { buildTrialReport, runTrial, trialPlanSchema } from "fgc-toolkit";
 * import { readTrialInput } from "fgc-toolkit/node";
 * const { input } = await readTrialInput("data-samples/trial/analysis.csv", "0.1.0");
 * const plan = trialPlanSchema.parse({ secondary: [], subgroups: [], bootstrapReplicates: 0, rerandomisations: 0 });
 * const doc = buildTrialReport(runTrial(input, plan));
 * doc.title; // => "Family Group Conference trial: analysis report"
 * doc.sections.map((s) => s.id).slice(0, 3); // => ["summary", "participants", "baseline"]
 * ```
 */
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
    clusteringSection(result),
    compliersSection(result),
    subgroupsSection(result),
    sensitivitySection(result),
    ...(result.costs ? [costsSection(result) as ReportSection] : []),
    methodsSection(result),
  ];
  // The CONSORT checklist goes first in the methods section and names the other sections by title.
  const methods = sections.find((s) => s.id === "methods");
  methods?.blocks.unshift({ kind: "table", table: consortChecklistTable(result, sections) });
  return {
    title,
    subtitle: `Intention-to-treat analysis of ${plural(result.consort.analysed.fgc.children + result.consort.analysed.control.children, "child")}; ${Math.round(result.plan.level * 100)}% confidence intervals throughout.`,
    sections,
    provenance: [
      ["Tool", `${result.tool.name} ${result.tool.version}`],
      ["Results format", result.version],
      ["Seed", String(result.seed)],
      ...result.inputs.map((i): [string, string] => [
        `Input ${i.file} (${plural(i.rows, "row")})`,
        `sha256 ${i.sha256}`,
      ]),
    ],
  };
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

function compliersSection(r: TrialResult): ReportSection {
  const cace = r.estimates.find((e) => e.measure === "cace_risk_difference");
  const held = r.consort.conferenceHeld;
  return {
    id: "compliers",
    title: "Effect of a conference actually held",
    blocks: [
      {
        kind: "paragraph",
        text: `Of ${plural(r.consort.analysed.fgc.families, "referred family", "referred families")}, ${formatCount(held.families)} held a conference (${formatPercent(held.families / Math.max(1, r.consort.analysed.fgc.families))}).`,
      },
      {
        kind: "paragraph",
        text: cace
          ? `Complier average causal effect on ${outcomeLabel(cace.outcome).toLowerCase()} (${cace.methodLabel ?? cace.method}, referral as the instrument): ${formatPointsInterval(cace.estimate, cace.ci, r.plan.level)}. It applies to families who would hold a conference if referred, and assumes referral affects outcomes only through the conference.`
          : "The complier average causal effect was not estimated.",
      },
    ],
  };
}

function sensitivitySection(r: TrialResult): ReportSection {
  const items: string[] = [];
  const rr = r.sensitivity.rerandomisation;
  if (rr)
    items.push(
      `Re-randomisation test (${plural(rr.replicates, "re-randomisation")} of families within local authorities, statistic ${rr.statistic}): ${formatP(rr.p)}.`,
    );
  const bs = r.sensitivity.bootstrap;
  if (bs)
    items.push(
      `Cluster bootstrap (${plural(bs.replicates, "resample")} of families within local authorities, ${bs.statistic}): percentile CI ${formatNumber((bs.percentile[0] ?? Number.NaN) * 100, 1)} to ${formatNumber((bs.percentile[1] ?? Number.NaN) * 100, 1)} points; BCa CI ${formatNumber((bs.bca[0] ?? Number.NaN) * 100, 1)} to ${formatNumber((bs.bca[1] ?? Number.NaN) * 100, 1)} points.`,
    );
  if (!items.length) items.push("No sensitivity analysis was run (replicates set to 0 in the plan).");
  return { id: "sensitivity", title: "Sensitivity analyses", blocks: [{ kind: "list", items }] };
}
