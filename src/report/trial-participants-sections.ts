import type { TrialResult } from "../trial/result.js";
import type { ReportSection, ReportTable } from "./document.js";
import { consortSvg } from "./figures/consort-figure.js";
import { type ConsortBox, type ConsortEdge, consortSpec } from "./specs/consort.js";
import { plural } from "../util/plural.js";
import { clusterSizesTable } from "./trial-clustering-sections.js";
import { recruitmentSentence } from "./trial-recruitment.js";
import { formatNumber, formatPercent } from "./summarize.js";
import { formatCount } from "../util/format-count.js";

const CONSORT_TITLE = "CONSORT flow diagram";

/**
 * The CONSORT chart from the flow alone (`fgc trial` draws it while the analysis goes on), as the Vega-Lite spec of the report's interactive chart
 * and the static drawer of its SVG file (report/figures/consort-figure.ts), from the same boxes.
 * @example consortChart(result.consort).drawSvg().startsWith("<svg") // true
 */
export function consortChart(c: TrialResult["consort"]): {
  spec: Record<string, unknown>;
  drawSvg: () => string;
} {
  const { boxes, edges } = consortFlowBoxes(c);
  return {
    spec: consortSpec(boxes, edges, CONSORT_TITLE),
    drawSvg: () => consortSvg(boxes, edges, { title: CONSORT_TITLE, description: consortDescription(c) }),
  };
}

/** The chart's text alternative: how many randomised children flow to analysis. */
function consortDescription(c: TrialResult["consort"]): string {
  return `Flow of ${plural(c.randomised.fgc.children + c.randomised.control.children, "randomised child")} to analysis, by arm.`;
}

/** The diagram's boxes (randomised; allocated, excluded and analysed by arm) and arrows. */
function consortFlowBoxes(c: TrialResult["consort"]): { boxes: ConsortBox[]; edges: ConsortEdge[] } {
  const arm = (a: "fgc" | "control") =>
    `${plural(c.randomised[a].families, "family")}, ${plural(c.randomised[a].children, "child")}`;
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
      `Excluded from analysis: ${plural(n, "child")}`,
      ...ex.slice(0, 3).map((e) => `${e.reason}: ${plural(e.children, "child")}`),
    ];
  };
  return {
    boxes: [
      {
        id: "rand",
        column: 1,
        row: 0,
        lines: [
          "Randomised by family",
          `${plural(totalRand.families, "family")}, ${plural(totalRand.children, "child")}`,
          plural(Math.max(...totalRand.las), "local authority"),
        ],
      },
      {
        id: "fgc",
        column: 0,
        row: 1,
        lines: [
          "Referred for an FGC",
          arm("fgc"),
          `Conference held: ${plural(c.conferenceHeld.families, "family")}`,
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
          `${plural(c.analysed.fgc.families, "family")}, ${plural(c.analysed.fgc.children, "child")}`,
        ],
        arm: "fgc",
      },
      {
        id: "control-an",
        column: 2,
        row: 3,
        lines: [
          "Analysed",
          `${plural(c.analysed.control.families, "family")}, ${plural(c.analysed.control.children, "child")}`,
        ],
        arm: "control",
      },
    ],
    edges: [
      ["rand", "fgc"],
      ["rand", "control"],
      ["fgc", "fgc-ex"],
      ["control", "control-ex"],
      ["fgc-ex", "fgc-an"],
      ["control-ex", "control-an"],
    ],
  };
}

export function participantsSection(r: TrialResult): ReportSection {
  const c = r.consort;
  const { spec, drawSvg } = consortChart(c);
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
          title: CONSORT_TITLE,
          description: consortDescription(c),
          spec,
          drawSvg,
          table,
        },
      },
      {
        kind: "paragraph",
        text: `Rows read: ${formatCount(r.accounting.read)}; used: ${formatCount(r.accounting.used)}; excluded: ${formatCount(r.accounting.excluded.reduce((s, e) => s + e.rows, 0))}.`,
      },
      { kind: "paragraph", text: recruitmentSentence(r) },
      { kind: "table", table: clusterSizesTable(r) },
    ],
  };
}

export function baselineSection(r: TrialResult): ReportSection {
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
