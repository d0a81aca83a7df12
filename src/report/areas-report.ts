// The area-comparison report as a document, built from an AreaResult only: summary, the focus
// authority beside all areas and its neighbours, its trend and equity gaps, a funnel plot per
// measure, rank intervals, and disclosure control with methods and references. Every number
// shown is in results.json after disclosure control; suppressed values show as `c`.
import type { AreaResult } from "../areas/result.js";
import { bibliography } from "./bibliography.js";
import type { ReportBlock, ReportDocument, ReportSection } from "./document.js";
import { formatPercent } from "./summarize.js";
import { formatCount } from "../util/format-count.js";
import { funnelSection, rankingSection, rankMethodWords } from "./areas-comparison-sections.js";
import { benchmarkSection, equitySection, trendSection } from "./areas-focus-sections.js";
import { type Ctx, POOLED, SYMBOL_NOTE, withoutEmptyChart } from "./areas-report-format.js";

/**
 * The area comparison's report as a document (sections of text, tables and charts) for
 * `renderHtml`: summary, funnel plots, rankings and, with a focus authority, its benchmark,
 * trends and equity. Reads the result only; computes no statistic.
 * @example
 * ```ts
 * import { buildAreasReport, defaultAreaPlan, readReturn, runAreas } from "fgc-toolkit";
 * import { readRawFile } from "fgc-toolkit/node";
 * const read = readReturn(await readRawFile("data-samples/areas/return-2023-24.csv"));
 * const cells = read.cells.filter((c) => /^3[01]/.test(c.la)); // DfE codes 30x and 31x, to keep it fast
 * const result = runAreas({ cells, issues: read.issues, inputs: [], toolVersion: "0.1.0" }, defaultAreaPlan());
 * const doc = buildAreasReport(result);
 * doc.title; // => "Family Group Conferences: area comparison"
 * doc.sections[0].title; // => "Summary"
 * ```
 */
export function buildAreasReport(
  result: AreaResult,
  title = "Family Group Conferences: area comparison",
): ReportDocument {
  const names = new Map(result.areas.map((a) => [a.la, a.name]));
  const name = (la: string | null) => (la === null || la === "all_areas" ? POOLED : (names.get(la) ?? la));
  const ctx = { r: result, name, pct: Math.round(result.plan.level * 100) };
  const sections: ReportSection[] = [summarySection(ctx)];
  if (result.focus) sections.push(benchmarkSection(ctx), trendSection(ctx), equitySection(ctx));
  sections.push(funnelSection(ctx), rankingSection(ctx), methodsSection(ctx));
  for (const section of sections) section.blocks = section.blocks.flatMap(withoutEmptyChart);
  const latest = result.periods[result.periods.length - 1];
  return {
    title,
    subtitle: `${formatCount(result.areas.length)} areas, periods ${result.periods.join(", ")}; comparisons for ${latest}; ${ctx.pct}% confidence intervals throughout.`,
    sections,
    provenance: [
      ["Tool", `${result.tool.name} ${result.tool.version}`],
      ["Results format", result.version],
      ["Seed", String(result.plan.seed)],
      ...result.inputs.map((i): [string, string] => [
        `Input ${i.file} (${formatCount(i.rows)} rows)`,
        `sha256 ${i.sha256}`,
      ]),
    ],
  };
}

/**
 * The one-sentence finding for the top of the report: the pooled offer rate of the latest period
 * (families when the returns carry family counts, else children) and the areas outside the
 * funnel limits.
 * @example
 * ```ts
 * import { areasHeadline, defaultAreaPlan, readReturn, runAreas } from "fgc-toolkit";
 * import { readRawFile } from "fgc-toolkit/node";
 * const read = readReturn(await readRawFile("data-samples/areas/return-2023-24.csv"));
 * const cells = read.cells.filter((c) => /^3[01]/.test(c.la)); // DfE codes 30x and 31x, to keep it fast
 * const result = runAreas({ cells, issues: read.issues, inputs: [], toolVersion: "0.1.0" }, defaultAreaPlan());
 * areasHeadline(result); // => "2023-24: 67.9% of families entering pre-proceedings were offered an FGC across the 14 areas with published counts; 1 area lies outside the 99.8% funnel limits. Areas vary more than chance alone would make them (overdispersion φ = 1.87), so funnel limits widened for overdispersion are the fairer test."
 * ```
 */
export function areasHeadline(r: AreaResult): string {
  const latest = r.periods[r.periods.length - 1];
  // The family offer rate when returns carry family counts, else the child offer rate.
  const pooledOf = (m: string) =>
    r.rates.find((x) => x.la === "all_areas" && x.period === latest && x.measure === m);
  const measure = pooledOf("family_offer_rate")?.rate != null ? "family_offer_rate" : "child_offer_rate";
  const who = measure === "family_offer_rate" ? "families" : "children";
  const offered = measure === "family_offer_rate" ? "offered an FGC" : "offered family group decision making";
  const funnel = r.funnels.find((f) => f.measure === measure);
  const pooled = pooledOf(measure);
  const pooledText =
    pooled?.rate != null
      ? `${formatPercent(pooled.rate)} of ${who} entering pre-proceedings were ${offered} across the ${formatCount(funnel?.points.length ?? 0)} areas with published counts`
      : "No pooled offer rate could be published";
  const flagOf = (p: { flag: string; flagAdjusted: string }) =>
    r.plan.overdispersion === "none" ? p.flag : p.flagAdjusted;
  const out = funnel
    ? funnel.points.filter((p) => flagOf(p) === "above_998" || flagOf(p) === "below_998").length
    : 0;
  const phi = funnel?.overdispersion?.phi;
  const widened =
    r.plan.overdispersion === "none" ? "" : ` (limits widened for overdispersion, ${r.plan.overdispersion})`;
  let text = `${latest}: ${pooledText}; ${formatCount(out)} ${out === 1 ? "area lies" : "areas lie"} outside the 99.8% funnel limits${widened}.`;
  if (phi !== undefined && phi > 1.5 && r.plan.overdispersion === "none")
    text += ` Areas vary more than chance alone would make them (overdispersion φ = ${phi.toFixed(2)}), so funnel limits widened for overdispersion are the fairer test.`;
  if (r.focus) {
    const focus = r.focus.la;
    const mine = r.rates.find(
      (x) => x.la === focus && x.period === latest && x.measure === measure && x.breakdown === "all",
    );
    const nm = r.areas.find((a) => a.la === focus)?.name ?? focus;
    text +=
      mine?.rate != null
        ? ` ${nm}: ${formatPercent(mine.rate)} (${Math.round(r.plan.level * 100)}% CI ${formatPercent(mine.ci[0])} to ${formatPercent(mine.ci[1])}).`
        : ` ${nm}: offer rate not published (${mine?.symbol ?? ":"}).`;
  }
  return text;
}

function summarySection({ r }: Ctx): ReportSection {
  const blocks: ReportBlock[] = [{ kind: "headline", text: areasHeadline(r) }];
  blocks.push({
    kind: "paragraph",
    text: `Disclosure control: ${formatCount(r.disclosure.primary)} counts of 1 to ${r.disclosure.threshold} were suppressed, and ${formatCount(r.disclosure.secondary)} more so that none can be worked out from totals or differences. Suppressed values show as c throughout, in tables, charts and results.json.`,
  });
  if (r.notes.length) blocks.push({ kind: "list", items: r.notes });
  return { id: "summary", title: "Summary", blocks };
}

function methodsSection({ r, pct }: Ctx): ReportSection {
  const p = r.plan;
  const keys = r.references;
  return {
    id: "methods",
    title: "Disclosure control, methods and references",
    blocks: [
      {
        kind: "definitions",
        items: [
          [
            "Suppression",
            `counts 1 to ${p.threshold} shown as c (DfE convention); complementary cells hidden until each suppressed count has a feasible range at least ${r.disclosure.protection} wide given every published total, difference and stage order; ${formatCount(r.disclosure.primary)} primary and ${formatCount(r.disclosure.secondary)} complementary cells`,
          ],
          ["Symbols", SYMBOL_NOTE],
          ["Rates", `Wilson score intervals at ${pct}%; a rate on a suppressed count is suppressed`],
          [
            "Pooled rate",
            "the sum of published numerators over the sum of published denominators of all areas shown",
          ],
          [
            "Funnel limits",
            `exact binomial 95% and 99.8% (Spiegelhalter 2005)${p.overdispersion !== "none" ? `, widened for overdispersion (${p.overdispersion}, Winsorised ${Math.round(p.winsorise * 100)}%)` : "; overdispersion estimated and reported, limits not widened"}`,
          ],
          ["Rank intervals", rankMethodWords(p.rankMethod, p.rankSimulations, p.seed)],
          [
            "Equity gaps",
            "group minus the authority's overall rate; interval from Miettinen–Nurminen for the group against the rest, scaled by the rest's share",
          ],
        ],
      },
      { kind: "paragraph", text: "References:" },
      {
        kind: "list",
        items: bibliography(keys),
      },
    ],
  };
}
