// The meta-analysis report as a document, built from a MetaResult only: the headline, the forest
// plot (studies, pooled diamonds, prediction interval), the pooled estimates and heterogeneity in
// words, each study's source, and the methods with their references. Nothing is recomputed.
import type { MetaResult } from "../meta/result.js";
import { formatCount } from "../util/format-count.js";
import { bibliography } from "./bibliography.js";
import type { ReportDocument, ReportSection, ReportTable } from "./document.js";
import { type MetaForestRow, metaForestPlotSpec } from "./specs/meta-forest-plot.js";
import { formatNumber, formatP } from "./summarize.js";

const measureNames: Record<MetaResult["measure"], string> = {
  or: "odds ratio",
  rr: "risk ratio",
  hr: "hazard ratio",
  rd: "risk difference",
  smd: "standardised mean difference",
  generic: "effect (as entered)",
};

const methodNames = { reml: "REML", dl: "DerSimonian–Laird" } as const;

/**
 * The meta-analysis report as a document for `renderHtml`: summary, forest plot (study rows,
 * pooled diamond, prediction interval), heterogeneity, the studies table and method notes. Reads
 * the result only; computes no statistic.
 * @example
 * ```ts
 * import { buildMetaReport, defaultMetaPlan, readDelimitedText, readMetaStudies, runMeta } from "fgc-toolkit";
 * import { readRawFile } from "fgc-toolkit/node";
 * const read = readMetaStudies(await readRawFile("data-samples/meta/studies.csv"), null);
 * const result = runMeta({ kind: read.kind!, studies: read.studies, inputs: [], toolVersion: "0.1.0" }, defaultMetaPlan());
 * buildMetaReport(result).sections[0].title; // => "Summary"
 * ```
 */
export function buildMetaReport(result: MetaResult): ReportDocument {
  const pct = Math.round(result.plan.level * 100);
  const sections: ReportSection[] = [
    {
      id: "summary",
      title: "Summary",
      blocks: [
        { kind: "headline", text: metaHeadline(result) },
        { kind: "paragraph", text: heterogeneityWords(result) },
        ...result.notes.map((text) => ({ kind: "paragraph" as const, text: `Note: ${text}` })),
      ],
    },
    forestSection(result, pct),
    {
      id: "pooled",
      title: "Pooled estimates and heterogeneity",
      blocks: [{ kind: "table", table: pooledTable(result, pct) }],
    },
    {
      id: "sources",
      title: "Studies and their sources",
      blocks: [{ kind: "table", table: sourcesTable(result) }],
    },
    methodsSection(result, pct),
  ];
  return {
    title: "Family Group Conferences: meta-analysis",
    subtitle: `${formatCount(result.k)} studies, ${measureNames[result.measure]}, ${methodNames[result.plan.method]} τ²; ${pct}% intervals throughout.`,
    sections,
    provenance: [
      ["Tool", `${result.tool.name} ${result.tool.version}`],
      ["Results format", result.version],
      ...result.inputs.map((i): [string, string] => [
        `Input ${i.file} (${formatCount(i.rows)} rows)`,
        `sha256 ${i.sha256}`,
      ]),
    ],
  };
}

/**
 * The one-sentence finding, also the terminal's summary line: the number of studies, the measure
 * and τ² method, the pooled effect with its interval, the prediction interval and I².
 * @example
 * ```ts
 * import { defaultMetaPlan, metaHeadline, readMetaStudies, runMeta } from "fgc-toolkit";
 * import { readRawFile } from "fgc-toolkit/node";
 * const read = readMetaStudies(await readRawFile("data-samples/meta/studies.csv"), null);
 * const result = runMeta({ kind: read.kind!, studies: read.studies, inputs: [], toolVersion: "0.1.0" }, defaultMetaPlan());
 * metaHeadline(result); // => "21 studies pooled (odds ratio, REML τ²): 0.62 (95% CI 0.53 to 0.73; Knapp–Hartung 0.53 to 0.73); 95% prediction interval 0.49 to 0.79; I² = 5%, τ² = 0.0074."
 * ```
 */
export function metaHeadline(r: MetaResult): string {
  const pct = Math.round(r.plan.level * 100);
  const f = fmt(r);
  return (
    `${formatCount(r.k)} studies pooled (${measureNames[r.measure]}, ${methodNames[r.plan.method]} τ²): ` +
    `${f(r.pooled.estimate)} (${pct}% CI ${f(r.pooled.ci[0])} to ${f(r.pooled.ci[1])}; ` +
    `Knapp–Hartung ${f(r.knappHartung.ci[0])} to ${f(r.knappHartung.ci[1])}); ` +
    `${pct}% prediction interval ${f(r.prediction[0])} to ${f(r.prediction[1])}; ` +
    `I² = ${formatNumber(r.heterogeneity.I2, 0)}%, τ² = ${formatNumber(r.tau2, 4)}.`
  );
}

/** Ratios to 2 decimals (2 significant digits below 0.1, so 0.004 is not "0.00"); differences to 3. */
function fmt(r: MetaResult): (x: number) => string {
  if (!ratio(r)) return (x) => formatNumber(x, 3);
  return (x) =>
    Number.isFinite(x) && x > 0 && x < 0.1 ? Number(x.toPrecision(2)).toString() : formatNumber(x, 2);
}

function ratio(r: MetaResult): boolean {
  return r.measure === "or" || r.measure === "rr" || r.measure === "hr";
}

/** Heterogeneity, the prediction interval and the number of studies, in words. */
function heterogeneityWords(r: MetaResult): string {
  const h = r.heterogeneity;
  const f = fmt(r);
  const pct = Math.round(r.plan.level * 100);
  const noEffect = ratio(r) ? 1 : 0;
  const piCovers = r.prediction[0] <= noEffect && r.prediction[1] >= noEffect;
  // Words for I² at Higgins et al.'s (2003) [higgins2003] tentative 25%, 50%, 75% marks.
  const size = h.I2 < 25 ? "little" : h.I2 < 50 ? "low" : h.I2 < 75 ? "moderate" : "high";
  return [
    h.I2 === 0
      ? "The studies' estimates vary no more than chance alone would make them (I² = 0%, τ² = 0)."
      : `Of the variation among the studies' estimates, I² = ${formatNumber(h.I2, 0)}% is estimated to be between studies rather than chance (${size} heterogeneity; H² = ${formatNumber(h.H2, 2)}).`,
    `Cochran's Q = ${formatNumber(h.Q, 2)} on ${h.df} df (${formatP(h.p)}), a test with little power when studies are few.`,
    `The true effect in a new study like these lies between ${f(r.prediction[0])} and ${f(r.prediction[1])} (${pct}% prediction interval, Riley et al. 2011), a range that ${piCovers ? "includes" : "excludes"} no effect.`,
    r.k < 5
      ? `With ${r.k} studies τ² is poorly estimated; the Knapp–Hartung interval (${f(r.knappHartung.ci[0])} to ${f(r.knappHartung.ci[1])}) allows for that and is the one to read.`
      : "",
  ]
    .filter((s) => s !== "")
    .join(" ");
}

function forestSection(r: MetaResult, pct: number): ReportSection {
  const f = fmt(r);
  const iv = (e: number, lo: number, hi: number) => `${f(e)} (${f(lo)} to ${f(hi)})`;
  const method = methodNames[r.plan.method];
  const rows: MetaForestRow[] = [
    ...r.studies.map(
      (s): MetaForestRow => ({
        label: s.year === null ? s.study : `${s.study} (${s.year})`,
        kind: "study",
        estimate: s.estimate,
        lower: s.ci[0],
        upper: s.ci[1],
        weight: s.weight,
        text: `${iv(s.estimate, s.ci[0], s.ci[1])}  ${formatNumber(s.weight, 1)}%`,
      }),
    ),
    {
      label: `Pooled, ${method}, z interval`,
      kind: "pooled",
      estimate: r.pooled.estimate,
      lower: r.pooled.ci[0],
      upper: r.pooled.ci[1],
      text: iv(r.pooled.estimate, r.pooled.ci[0], r.pooled.ci[1]),
    },
    {
      label: `Pooled, ${method}, Knapp–Hartung`,
      kind: "pooled",
      estimate: r.knappHartung.estimate,
      lower: r.knappHartung.ci[0],
      upper: r.knappHartung.ci[1],
      text: iv(r.knappHartung.estimate, r.knappHartung.ci[0], r.knappHartung.ci[1]),
    },
    {
      label: "Prediction interval",
      kind: "prediction",
      estimate: r.pooled.estimate,
      lower: r.prediction[0],
      upper: r.prediction[1],
      text: `${f(r.prediction[0])} to ${f(r.prediction[1])}`,
    },
  ];
  const axisTitle = `${measureNames[r.measure][0].toUpperCase()}${measureNames[r.measure].slice(1)}${ratio(r) ? " (log scale)" : ""}`;
  const title = `Forest plot: ${formatCount(r.k)} studies and the pooled ${measureNames[r.measure]}`;
  const counts = r.input === "counts";
  const table: ReportTable = {
    id: "forest",
    caption: `Studies and pooled estimates (${measureNames[r.measure]}, ${pct}% intervals; weights from the random-effects model)`,
    columns: [
      "Study",
      "Year",
      ...(counts ? ["Events / n (FGC)", "Events / n (comparator)"] : []),
      `${measureNames[r.measure]} (${pct}% CI)`,
      "Weight",
    ],
    rows: [
      ...r.studies.map((s) => [
        s.study,
        s.year === null ? "" : String(s.year),
        ...(counts && s.counts ? [`${s.counts.a} / ${s.counts.n1}`, `${s.counts.c} / ${s.counts.n0}`] : []),
        iv(s.estimate, s.ci[0], s.ci[1]),
        `${formatNumber(s.weight, 1)}%`,
      ]),
      ...rows
        .filter((x) => x.kind !== "study")
        .map((x) => [x.label, "", ...(counts ? ["", ""] : []), x.text, x.kind === "pooled" ? "100%" : ""]),
    ],
    numeric: [false, true, ...(counts ? [true, true] : []), true, true],
  };
  return {
    id: "forest",
    title: "Forest plot",
    blocks: [
      {
        kind: "chart",
        chart: {
          id: "forest-plot",
          title,
          description: `${title}. Each study is a square sized by its weight with its ${pct}% interval; the diamonds are the pooled estimate with the z and Knapp–Hartung intervals, the grey bar the ${pct}% prediction interval; the dashed line is no effect. ${metaHeadline(r)}`,
          spec: metaForestPlotSpec(rows, { scale: ratio(r) ? "ratio" : "difference", title, axisTitle }),
          table,
        },
      },
    ],
  };
}

function pooledTable(r: MetaResult, pct: number): ReportTable {
  const f = fmt(r);
  const h = r.heterogeneity;
  return {
    id: "pooled",
    caption: `Pooled ${measureNames[r.measure]} and heterogeneity (${methodNames[r.plan.method]} τ²)`,
    columns: ["Quantity", "Value"],
    rows: [
      ["Pooled estimate", f(r.pooled.estimate)],
      [`${pct}% CI (z)`, `${f(r.pooled.ci[0])} to ${f(r.pooled.ci[1])}`],
      [
        `${pct}% CI (Knapp–Hartung, t on ${r.k - 1} df)`,
        `${f(r.knappHartung.ci[0])} to ${f(r.knappHartung.ci[1])}`,
      ],
      ["p (z test)", formatP(r.pooled.p)],
      [`${pct}% prediction interval (z)`, `${f(r.prediction[0])} to ${f(r.prediction[1])}`],
      [
        `${pct}% prediction interval (Knapp–Hartung)`,
        `${f(r.predictionKnappHartung[0])} to ${f(r.predictionKnappHartung[1])}`,
      ],
      [`τ² (${ratio(r) ? "log scale" : "analysis scale"})`, formatNumber(r.tau2, 4)],
      ["Q (df, p)", `${formatNumber(h.Q, 2)} (${h.df}, ${formatP(h.p)})`],
      ["I²", `${formatNumber(h.I2, 1)}%`],
      ["H²", formatNumber(h.H2, 2)],
    ],
    numeric: [false, true],
  };
}

function sourcesTable(r: MetaResult): ReportTable {
  return {
    id: "sources",
    caption: "Where each study's figures come from, as the studies file gives it",
    columns: ["Study", "Year", "Row of the file", "Source"],
    rows: r.studies.map((s) => [s.study, s.year === null ? "" : String(s.year), s.row, s.source]),
    numeric: [false, true, true, false],
  };
}

function methodsSection(r: MetaResult, pct: number): ReportSection {
  const inputWords = {
    counts:
      "2×2 counts: log odds ratio (Woolf), log risk ratio or risk difference per study with its large-sample variance; a study with an empty cell has 0.5 added to each of its cells",
    intervals: `published estimates with ${"CIs"}: a ratio is taken to its log, and the variance read from the interval's width at its stated level, ((U − L)/(2z))² (Altman & Bland 2011)`,
    effects: "effects yi and sampling variances vi as entered",
  }[r.input];
  return {
    id: "methods",
    title: "Methods and references",
    blocks: [
      {
        kind: "definitions",
        items: [
          ["Input", inputWords],
          [
            "Between-study variance",
            r.plan.method === "reml"
              ? "τ² by restricted maximum likelihood (Viechtbauer 2005), Fisher scoring from the DerSimonian–Laird value to |Δτ²| < 1e-10"
              : "τ² by the method of moments (DerSimonian & Laird 1986)",
          ],
          ["Pooled effect", `inverse-variance weights 1/(vᵢ + τ²); ${pct}% z (Wald) interval`],
          [
            "Knapp–Hartung interval",
            `t on k − 1 df with the weighted residual variance (Hartung & Knapp 2001; Knapp & Hartung 2003), not truncated at 1, as metafor's test = "knha"`,
          ],
          [
            "Prediction interval",
            "μ̂ ± z·√(se² + τ²), and μ̂ ± t(k−1)·√(se_KH² + τ²) for the Knapp–Hartung fit (Riley et al. 2011; metafor's rule)",
          ],
          [
            "Heterogeneity",
            "Cochran's Q with weights 1/vᵢ; I² and H² from the method's τ² and the typical within-study variance (Higgins & Thompson 2002)",
          ],
          [
            "Checked against",
            "metafor 3.8-1 (rma and predict) on the reference vectors meta.generic.{dl, reml}",
          ],
        ],
      },
      { kind: "paragraph", text: "References:" },
      {
        kind: "list",
        items: bibliography([
          ...r.references,
          ...(r.input === "intervals" ? ["altman2011"] : []),
          ...(r.input === "counts" ? ["woolf1955"] : []),
          "higgins2003",
        ]),
      },
    ],
  };
}
