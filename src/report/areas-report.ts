/**
 * The area-comparison report as a document, built from an AreaResult only: summary, the focus
 * authority beside all areas and its neighbours, its trend and equity gaps, a funnel plot per
 * measure, rank intervals, and disclosure control with methods and references. Every number
 * shown is in results.json after disclosure control; suppressed values show as `c`.
 */
import type { AreaResult } from "../areas/result.js";
import { bibliography } from "./bibliography.js";
import {
  areaMeasureLabels,
  areaMeasureOf,
  breakdownLabels,
  categoryLabels,
  funnelFlagLabels,
  measureLabel,
} from "./area-labels.js";
import type { ReportBlock, ReportChart, ReportDocument, ReportSection, ReportTable } from "./document.js";
import { caterpillarPlotSpec } from "./specs/caterpillar-plot.js";
import { equityChartSpec } from "./specs/equity-chart.js";
import { funnelPlotSpec } from "./specs/funnel-plot.js";
import { trendChartSpec } from "./specs/trend-chart.js";
import { formatCount, formatPercent } from "./summarize.js";

type Rate = AreaResult["rates"][number];
type Count = Rate["numerator"];

const SYMBOL_NOTE =
  "c: suppressed to protect confidentiality (counts 1 to the threshold, and cells that would reveal them); z: not applicable; :: not available.";
const POOLED = "All areas shown (pooled)";

/** @example buildAreasReport(result).sections.length */
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

interface Ctx {
  r: AreaResult;
  name: (la: string | null) => string;
  pct: number;
}

/** The one-sentence finding for the top of the report. */
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
  let text = `${latest}: ${pooledText}; ${formatCount(out)} area(s) lie outside the 99.8% funnel limits${widened}.`;
  if (phi !== undefined && phi > 1.5 && r.plan.overdispersion === "none")
    text += ` Areas vary more than chance alone would make them (overdispersion φ = ${phi.toFixed(2)}), so limits widened for it (--overdispersion) are the fairer test.`;
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

function benchmarkSection({ r, name, pct }: Ctx): ReportSection {
  const f = r.focus as NonNullable<AreaResult["focus"]>;
  const rows = f.benchmark;
  const table: ReportTable = {
    id: "benchmark",
    caption: `${name(f.la)} beside all areas and its neighbours, ${f.period}`,
    columns: ["Measure", name(f.la), POOLED, "Neighbours pooled", "Neighbours with published counts"],
    numeric: [false, true, true, true, true],
    rows: Object.keys(areaMeasureLabels).map((m) => {
      const get = (g: string) => rows.find((x) => x.measure === m && x.group === g);
      const pooled = get("neighbours_pooled");
      return [
        measureLabel(m),
        rateText(get("la"), pct),
        rateText(get("all_areas"), pct),
        rateText(pooled, pct),
        pooled?.pooled ? `${pooled.pooled.used} of ${pooled.pooled.listed}` : "no list",
      ];
    }),
    notes: [SYMBOL_NOTE, "Neighbours pooled adds the counts of neighbours whose counts are both published."],
  };
  const offer = rows.filter((x) => x.measure === "family_offer_rate" && x.rate !== null);
  const data = offer.map((x) => ({
    label:
      x.group === "la"
        ? name(f.la)
        : x.group === "all_areas"
          ? POOLED
          : x.group === "neighbours_pooled"
            ? "Neighbours pooled"
            : `Neighbour: ${name(x.la)}`,
    kind: {
      la: "Focus authority",
      all_areas: "All areas",
      neighbour: "Neighbour",
      neighbours_pooled: "Neighbours pooled",
    }[x.group],
    rate: x.rate as number,
    lower: x.ci[0] as number,
    upper: x.ci[1] as number,
  }));
  const blocks: ReportBlock[] = [{ kind: "table", table }];
  const mine = offer.find((x) => x.group === "la");
  const all = offer.find((x) => x.group === "all_areas");
  if (data.length > 0) {
    const finding =
      mine && all
        ? `${name(f.la)} offered an FGC to ${formatPercent(mine.rate)} of families (${pct}% CI ${formatPercent(mine.ci[0])} to ${formatPercent(mine.ci[1])}) against ${formatPercent(all.rate)} across all areas shown; ${overlapWords(mine.ci, all.rate)}.`
        : `Offer rates of ${name(f.la)}'s comparators; ${name(f.la)}'s own rate is not published.`;
    blocks.push({
      kind: "chart",
      chart: {
        id: "benchmark-offer",
        title: `Families offered an FGC, ${name(f.la)} and comparators, ${f.period}`,
        description: finding,
        spec: equityChartSpec(data, {
          title: "Offer rate with comparators",
          xTitle: "Families offered an FGC",
          reference: all ? (all.rate as number) : null,
          kinds: ["Focus authority", "All areas", "Neighbours pooled", "Neighbour"],
        }),
        table: {
          id: "benchmark-offer-data",
          caption: "Offer rates shown in the chart",
          columns: ["Area", "Rate", `${pct}% CI`],
          numeric: [false, true, true],
          rows: data.map((d) => [
            d.label,
            formatPercent(d.rate),
            `${formatPercent(d.lower)} to ${formatPercent(d.upper)}`,
          ]),
        },
      },
    });
  }
  if (f.neighbours.length === 0)
    blocks.push({
      kind: "paragraph",
      text: "No statistical neighbours were given (--neighbours FILE); none is bundled because the DfE model has not been refreshed since 2009.",
    });
  return { id: "benchmark", title: `${name(f.la)} beside all areas and its neighbours`, blocks };
}

function trendSection({ r, name, pct }: Ctx): ReportSection {
  const f = r.focus as NonNullable<AreaResult["focus"]>;
  const blocks: ReportBlock[] = [];
  for (const m of ["family_offer_rate", "family_take_up"]) {
    const rows = f.trend.filter((t) => t.measure === m && t.rate !== null);
    const series: [string, string] = [name(f.la), POOLED];
    const data = rows.map((t) => ({
      period: t.period,
      series: t.group === "la" ? series[0] : series[1],
      rate: t.rate as number,
      lower: t.ci[0] as number,
      upper: t.ci[1] as number,
    }));
    const own = data.filter((d) => d.series === series[0]);
    const finding =
      own.length >= 2
        ? `${name(f.la)}: ${measureLabel(m).toLowerCase()} went from ${formatPercent(own[0].rate)} in ${own[0].period} to ${formatPercent(own[own.length - 1].rate)} in ${own[own.length - 1].period}; ${overlapWords([own[0].lower, own[0].upper], own[own.length - 1].rate, "the first period's interval")}.`
        : `${name(f.la)}: fewer than two periods with a published ${measureLabel(m).toLowerCase()} rate.`;
    blocks.push({
      kind: "chart",
      chart: {
        id: `trend-${m}`,
        title: `${measureLabel(m)} by period`,
        description: finding,
        spec: trendChartSpec(data, {
          title: measureLabel(m),
          yTitle: measureLabel(m),
          periods: r.periods,
          series,
        }),
        table: {
          id: `trend-${m}-data`,
          caption: `${measureLabel(m)} by period`,
          columns: ["Series and period", "Numerator", "Denominator", "Rate", `${pct}% CI`],
          numeric: [false, true, true, true, true],
          rows: f.trend
            .filter((t) => t.measure === m)
            .map((t) => [
              `${t.group === "la" ? name(f.la) : POOLED}, ${t.period}`,
              countText(t.numerator),
              countText(t.denominator),
              t.rate === null ? (t.symbol ?? ":") : formatPercent(t.rate),
              ciText(t.ci),
            ]),
          notes: [SYMBOL_NOTE],
        },
      },
    });
  }
  const table: ReportTable = {
    id: "trend",
    caption: `${name(f.la)}: every measure by period`,
    columns: ["Measure", ...r.periods],
    numeric: [false, ...r.periods.map(() => true)],
    rows: Object.keys(areaMeasureLabels).map((m) => [
      measureLabel(m),
      ...r.periods.map((p) =>
        rateText(
          f.trend.find((t) => t.measure === m && t.period === p && t.group === "la"),
          pct,
        ),
      ),
    ]),
    notes: [SYMBOL_NOTE],
  };
  blocks.push({ kind: "table", table });
  return { id: "trend", title: `${name(f.la)} over time`, blocks };
}

function equitySection({ r, name, pct }: Ctx): ReportSection {
  const f = r.focus as NonNullable<AreaResult["focus"]>;
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: `Rates for groups of children in ${name(f.la)}, ${f.period}, with the gap to the authority's own overall rate (group minus overall, in percentage points, with a ${pct}% CI that allows for the group being part of the whole).`,
    },
  ];
  for (const m of ["child_offer_rate", "child_take_up"]) {
    const rows = f.equity.filter((e) => e.measure === m);
    const overall = r.rates.find(
      (x) => x.la === f.la && x.period === f.period && x.measure === m && x.breakdown === "all",
    );
    const shown = rows.filter((e) => e.rate !== null);
    const data = shown.map((e) => ({
      label: `${breakdownLabels[e.breakdown] ?? e.breakdown}: ${categoryLabels[e.category] ?? e.category}`,
      kind: breakdownLabels[e.breakdown] ?? e.breakdown,
      rate: e.rate as number,
      lower: e.ci[0] as number,
      upper: e.ci[1] as number,
    }));
    const clear = shown.filter(
      (e) =>
        e.gapCi[0] !== null &&
        e.gapCi[1] !== null &&
        ((e.gapCi[0] as number) > 0 || (e.gapCi[1] as number) < 0),
    );
    const finding =
      shown.length === 0
        ? `No group's ${measureLabel(m).toLowerCase()} rate could be published for ${name(f.la)}.`
        : clear.length === 0
          ? `No group of children in ${name(f.la)} differs clearly from the authority's overall rate${overall?.rate != null ? ` of ${formatPercent(overall.rate)}` : ""} (every gap's ${pct}% CI includes zero); ${formatCount(rows.length - shown.length)} group(s) suppressed.`
          : `Groups whose gap to ${name(f.la)}'s overall rate${overall?.rate != null ? ` of ${formatPercent(overall.rate)}` : ""} excludes zero: ${clear.map((e) => `${categoryLabels[e.category] ?? e.category} ${pointsText(e.gap)}`).join("; ")}.`;
    blocks.push({
      kind: "chart",
      chart: {
        id: `equity-${m}`,
        title: `${measureLabel(m)} by group of children, ${name(f.la)}, ${f.period}`,
        description: finding,
        spec: equityChartSpec(data, {
          title: measureLabel(m),
          xTitle: measureLabel(m),
          reference: overall?.rate ?? null,
          kinds: ["Ethnicity", "Age band", "Sex", "Disability"],
        }),
        table: {
          id: `equity-${m}-data`,
          caption: `${measureLabel(m)} by group of children (dashed line in the chart: the authority's overall rate)`,
          columns: [
            "Group",
            "Numerator",
            "Denominator",
            "Rate",
            `${pct}% CI`,
            "Gap to overall (points)",
            `Gap ${pct}% CI`,
          ],
          numeric: [false, true, true, true, true, true, true],
          rows: rows.map((e) => [
            `${breakdownLabels[e.breakdown] ?? e.breakdown}: ${categoryLabels[e.category] ?? e.category}`,
            countText(e.numerator),
            countText(e.denominator),
            e.rate === null ? (e.symbol ?? ":") : formatPercent(e.rate),
            ciText(e.ci),
            e.gap === null ? (e.symbol ?? ":") : pointsText(e.gap),
            e.gapCi[0] === null ? "" : `${pointsText(e.gapCi[0])} to ${pointsText(e.gapCi[1])}`,
          ]),
          notes: [SYMBOL_NOTE],
        },
      },
    });
  }
  return { id: "equity", title: `Equity within ${name(f.la)}`, blocks };
}

function funnelSection({ r, name, pct }: Ctx): ReportSection {
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: `Each point is an area; the funnel shows where ${pct === 95 ? "95" : pct}% and 99.8% of areas would fall if every area had the pooled rate and differed only by chance (exact binomial limits, Spiegelhalter 2005). Shape as well as colour marks areas outside the limits.${r.plan.overdispersion !== "none" ? ` Limits are widened for overdispersion (${r.plan.overdispersion}).` : ""}`,
    },
  ];
  for (const f of r.funnels) {
    if (f.target === null || f.points.length === 0) {
      blocks.push({
        kind: "paragraph",
        text: `${measureLabel(f.measure)}: no funnel plot (no area's rate is published).`,
      });
      continue;
    }
    const flagOf = (p: (typeof f.points)[number]) =>
      r.plan.overdispersion === "none" ? p.flag : p.flagAdjusted;
    const curve = f.curveAdjusted.length > 0 ? f.curveAdjusted : f.curve;
    const points = f.points.map((p) => ({
      name: name(p.la),
      n: p.n,
      rate: p.rate,
      position: funnelFlagLabels[flagOf(p)],
      focus: p.la === r.focus?.la,
    }));
    const above = f.points.filter((p) => flagOf(p) === "above_998").length;
    const below = f.points.filter((p) => flagOf(p) === "below_998").length;
    const od = f.overdispersion;
    const focusPoint = r.focus ? f.points.find((p) => p.la === r.focus?.la) : undefined;
    const description =
      `${measureLabel(f.measure)}, ${f.period}: pooled rate ${formatPercent(f.target)} over ${formatCount(f.points.length)} areas; ${formatCount(above)} above and ${formatCount(below)} below the 99.8% limits` +
      (od
        ? `; overdispersion φ = ${od.phi.toFixed(2)}${od.phi > 1.5 ? " (areas vary more than chance alone would make them)" : ""}`
        : "") +
      (focusPoint
        ? `; ${name(focusPoint.la)} ${formatPercent(focusPoint.rate)}, ${funnelFlagLabels[flagOf(focusPoint)].toLowerCase()}`
        : "") +
      ".";
    const chart: ReportChart = {
      id: `funnel-${f.measure}`,
      title: `Funnel plot: ${measureLabel(f.measure)}, ${f.period}`,
      description,
      spec: funnelPlotSpec({
        points,
        curve,
        target: f.target,
        title: measureLabel(f.measure),
        xTitle: `Denominator (${areaMeasureOf[f.measure] ?? ""}), log scale`,
        yTitle: measureLabel(f.measure),
      }),
      table: {
        id: `funnel-${f.measure}-data`,
        caption: `${measureLabel(f.measure)}, ${f.period}: every area with a published rate, in alphabetical order (not a league table)`,
        columns: ["Area", "Numerator", "Denominator", "Rate", "Position"],
        numeric: [false, true, true, true, false],
        rows: [...f.points]
          .sort((a, b) => name(a.la).localeCompare(name(b.la)))
          .map((p) => [
            name(p.la),
            formatCount(p.events),
            formatCount(p.n),
            formatPercent(p.rate),
            funnelFlagLabels[flagOf(p)],
          ]),
        notes: [
          "Areas whose numerator or denominator is suppressed are not shown.",
          od
            ? `Overdispersion: φ = ${od.phi.toFixed(2)} (χ² = ${od.statistic.toFixed(1)} on ${od.df} df, p = ${od.p < 0.001 ? "< 0.001" : od.p.toFixed(3)}); τ² = ${od.tau2.toExponential(2)}; z-scores Winsorised ${Math.round(od.fraction * 100)}% each tail.`
            : "Overdispersion not estimated.",
          ...f.notes,
        ],
      },
    };
    blocks.push({ kind: "chart", chart });
  }
  return { id: "funnels", title: "Funnel plots", blocks };
}

function rankingSection({ r, name, pct }: Ctx): ReportSection {
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: `Ranks are shown only with their ${pct}% intervals (simulated from each area's sampling uncertainty, Goldstein and Spiegelhalter 1996): most areas could plausibly sit far higher or lower, so a league table would mislead.`,
    },
  ];
  for (const m of ["family_offer_rate", "family_take_up"]) {
    const ranks = r.ranks.find((x) => x.measure === m);
    if (!ranks || ranks.rows.length < 2) continue;
    const rows = ranks.rows.map((x) => ({
      name: name(x.la),
      rank: x.rank,
      lower: x.lower,
      upper: x.upper,
      rate: x.rate,
      focus: x.la === r.focus?.la,
    }));
    const widths = ranks.rows.map((x) => x.upper - x.lower).sort((a, b) => a - b);
    const median = widths[Math.floor(widths.length / 2)];
    const sure = ranks.rows.filter((x) => x.upper <= Math.ceil(ranks.rows.length / 4)).length;
    const focus = ranks.rows.find((x) => x.la === r.focus?.la);
    const description =
      `${measureLabel(m)}, ${ranks.period}: the median rank interval spans ${formatCount(median)} places among ${formatCount(ranks.rows.length)} areas; ${formatCount(sure)} area(s) are confidently in the top quarter` +
      (focus
        ? `; ${name(focus.la)} ranks ${focus.rank} (${pct}% interval ${focus.lower} to ${focus.upper})`
        : "") +
      ".";
    blocks.push({
      kind: "chart",
      chart: {
        id: `ranks-${m}`,
        title: `Rank intervals: ${measureLabel(m)}, ${ranks.period}`,
        description,
        spec: caterpillarPlotSpec(rows, { title: measureLabel(m), level: r.plan.level }),
        table: {
          id: `ranks-${m}-data`,
          caption: `${measureLabel(m)}: rank and ${pct}% rank interval of every area with a published rate`,
          columns: ["Area", "Rate", "Rank", "Rank interval"],
          numeric: [false, true, true, true],
          rows: [...ranks.rows]
            .sort((a, b) => a.rank - b.rank || a.la.localeCompare(b.la))
            .map((x) => [name(x.la), formatPercent(x.rate), x.rank, `${x.lower} to ${x.upper}`]),
        },
      },
    });
  }
  return { id: "ranking", title: "Ranking, with its uncertainty", blocks };
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
          ["Rank intervals", `${formatCount(p.rankSimulations)} simulations, seed ${p.seed}`],
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

/**
 * A chart with no data becomes its text alternative and its table: an empty chart tells a sighted
 * reader nothing and leaves unlabelled graphics for a screen reader.
 */
function withoutEmptyChart(block: ReportBlock): ReportBlock[] {
  if (block.kind !== "chart") return [block];
  const values = (block.chart.spec.data as { values?: unknown[] } | undefined)?.values;
  if (!values || values.length > 0) return [block];
  const out: ReportBlock[] = [{ kind: "paragraph", text: block.chart.description }];
  if (block.chart.table) out.push({ kind: "table", table: block.chart.table });
  return out;
}

function countText(v: Count): string {
  return typeof v === "number" ? formatCount(v) : v;
}

function ciText(ci: [number | null, number | null]): string {
  return ci[0] === null || ci[1] === null ? "" : `${formatPercent(ci[0])} to ${formatPercent(ci[1])}`;
}

function pointsText(x: number | null): string {
  if (x === null) return ":";
  const v = (x * 100).toFixed(1);
  return `${x > 0 ? "+" : ""}${v}`.replace("-", "−");
}

function rateText(
  x:
    | {
        rate: number | null;
        ci: [number | null, number | null];
        symbol?: string | null;
        numerator?: Count;
        denominator?: Count;
      }
    | undefined,
  pct: number,
): string {
  if (!x) return ":";
  if (x.rate === null) return x.symbol ?? (x.numerator === "c" || x.denominator === "c" ? "c" : ":");
  return `${formatPercent(x.rate)} (${pct}% CI ${ciText(x.ci)})`;
}

function overlapWords(
  ci: [number | null, number | null],
  value: number | null,
  what = "its interval",
): string {
  if (ci[0] === null || ci[1] === null || value === null) return "the comparison is not available";
  if (value < ci[0]) return `${what} lies wholly above ${formatPercent(value)}`;
  if (value > ci[1]) return `${what} lies wholly below ${formatPercent(value)}`;
  return `${what} includes ${formatPercent(value)}, so the difference could be chance`;
}
