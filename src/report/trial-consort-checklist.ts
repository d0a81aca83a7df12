import type { TrialResult } from "../trial/result.js";
import type { ReportSection, ReportTable } from "./document.js";

/**
 * One CONSORT item the report answers. Item numbers and topics are those of the CONSORT 2010
 * checklist (Schulz, Altman & Moher 2010, BMJ 340:c332, Table 1) and of its extension to
 * cluster randomised trials (Campbell, Piaggio, Elbourne & Altman 2012, BMJ 345:e5661, Table 1,
 * "Extension for cluster designs" column), which keeps the 2010 numbering.
 */
interface ChecklistItem {
  item: string;
  topic: string;
  /** The extension's addition for cluster designs, when it has one for this item. */
  cluster?: string;
  /** Where it is reported: section ids of this report, each with what to look for. */
  where: [sectionId: string, what: string][];
  /** When the report does not answer the item: why, in plain words. */
  missing?: string;
}

function items(r: TrialResult): ChecklistItem[] {
  return [
    {
      // 2010 item 6a; cluster extension: outcome level (all outcomes here are per child)
      item: "6a",
      topic: "Outcomes: pre-specified primary and secondary outcomes, how and when assessed",
      cluster: "whether outcomes pertain to the cluster or the individual: here every outcome is per child",
      where: [["methods", "primary and secondary outcomes, window"]],
    },
    {
      // 2010 item 7a; the cluster extension asks for the ICC assumed in the sample size
      item: "7a",
      topic: "Sample size",
      cluster: "cluster size and ICC assumed",
      where: [],
      missing:
        "not in this report: the sample-size calculation belongs to the protocol; the ICCs and cluster sizes here inform the next trial's",
    },
    {
      // 2010 item 12a; cluster extension: how clustering was taken into account
      item: "12a",
      topic: "Statistical methods for primary and secondary outcomes",
      cluster: "how clustering was taken into account",
      where: [
        ["methods", `adjusted models, standard errors clustered by ${r.plan.cluster}`],
        ["sensitivity", "cluster bootstrap"],
      ],
    },
    {
      // 2010 item 12b
      item: "12b",
      topic: "Methods for additional analyses (subgroups, adjusted analyses)",
      where: [
        ["methods", "adjusted models, multiplicity"],
        ["subgroups", "interaction tests"],
      ],
    },
    {
      // 2010 item 13a; cluster extension: clusters as well as individuals
      item: "13a",
      topic: "Participant flow: randomised, received intended treatment, analysed, by arm",
      cluster: "numbers of clusters as well as individuals",
      where: [["participants", "CONSORT flow diagram and participant flow by arm (families and children)"]],
    },
    {
      // 2010 item 13b; cluster extension: losses for clusters and individuals
      item: "13b",
      topic: "Losses and exclusions after randomisation, with reasons",
      cluster: "for clusters and individuals",
      where: [["participants", "exclusions with reasons in the flow diagram and table"]],
    },
    {
      // 2010 item 14a
      item: "14a",
      topic: "Dates of recruitment and follow-up",
      where: [
        ["participants", "dates of the first and last letter, end of follow-up"],
        ["methods", "follow-up window"],
      ],
      missing: r.recruitment.firstLetter ? undefined : "letter dates not available in the input",
    },
    {
      // 2010 item 15; cluster extension: baseline at individual and cluster levels
      item: "15",
      topic: "Baseline demographic and clinical characteristics, by arm",
      cluster: "at individual and cluster levels",
      where: [
        ["baseline", "baseline characteristics table"],
        ["participants", "cluster sizes by arm"],
      ],
    },
    {
      // 2010 item 16; cluster extension: number of clusters in each analysis
      item: "16",
      topic: "Numbers analysed, by original assigned groups",
      cluster: "number of clusters in each analysis",
      where: [
        ["participants", "analysed families and children by arm"],
        ["clustering", "clusters and children per outcome"],
      ],
    },
    {
      // 2010 item 17a; cluster extension: the ICC for each primary outcome
      item: "17a",
      topic: "Outcomes and estimation: each group's result, effect size and its precision",
      cluster: "a coefficient of intracluster correlation (ICC) for each primary outcome",
      where: [
        ["outcomes", "arm rates and effects with confidence intervals"],
        ["time-to-care", "hazard ratio and Kaplan–Meier curves"],
        ["clustering", "ICC of each binary outcome and of days in care"],
      ],
    },
    {
      // 2010 item 17b
      item: "17b",
      topic: "Binary outcomes: absolute and relative effect sizes",
      where: [["outcomes", "risk differences (percentage points), risk ratios and odds ratios"]],
    },
    {
      // 2010 item 18
      item: "18",
      topic: "Ancillary analyses (subgroups, adjusted analyses), pre-specified or exploratory",
      where: [
        ["subgroups", "subgroup effects with interaction tests"],
        ["compliers", "complier average causal effect"],
        ["sensitivity", "re-randomisation test and cluster bootstrap"],
      ],
    },
  ];
}

/**
 * The CONSORT 2010 items (with the cluster extension's additions) that a reviewer can tick off,
 * each with the section of this report that answers it, by the sections' own titles; an item the
 * report cannot answer, or whose section this plan leaves out, says so.
 * @example consortChecklistTable(result, sections).rows[0][0] // "6a"
 */
export function consortChecklistTable(r: TrialResult, sections: ReportSection[]): ReportTable {
  const title = new Map(sections.map((s) => [s.id, s.title]));
  const whereCell = (it: ChecklistItem) => {
    const found = it.where.filter(([id]) => title.has(id)).map(([id, what]) => `${title.get(id)}: ${what}`);
    if (it.missing) found.push(it.missing);
    return found.length ? found.join("; ") : "not in this report";
  };
  return {
    id: "consort-checklist",
    caption: "CONSORT 2010 checklist items and the cluster-trial extension: where this report answers each",
    columns: ["Item", "Topic", "Cluster extension", "Where in this report"],
    rows: items(r).map((it) => [it.item, it.topic, it.cluster ?? "", whereCell(it)]),
    notes: [
      "Item numbers of the CONSORT 2010 statement (Schulz et al. 2010) and its extension to cluster randomised trials (Campbell et al. 2012), for the methods and results items this analysis can answer. Randomisation here is by family, the cluster.",
    ],
  };
}
