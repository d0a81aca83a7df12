// Sections of the area report about the focus authority: beside all areas and its neighbours,
// over time, and equity within it.
import type { AreaResult } from "../areas/result.js";
import { areaMeasureLabels, breakdownLabels, categoryLabels, measureLabel } from "./area-labels.js";
import type { ReportBlock, ReportSection, ReportTable } from "./document.js";
import { equityChartSpec } from "./specs/equity-chart.js";
import { trendChartSpec } from "./specs/trend-chart.js";
import { formatPercent } from "./summarize.js";
import { formatCount } from "../util/format-count.js";
import {
  ciText,
  countsText,
  countText,
  type Ctx,
  offerAndTakeUp,
  overlapWords,
  POOLED,
  pointsText,
  rateText,
  SYMBOL_NOTE,
} from "./areas-report-format.js";

export function benchmarkSection({ r, name, pct }: Ctx): ReportSection {
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
        rateText(get("la"), pct, true),
        rateText(get("all_areas"), pct, true),
        rateText(pooled, pct, true),
        pooled?.pooled ? `${pooled.pooled.used} of ${pooled.pooled.listed}` : "no list",
      ];
    }),
    notes: [
      "Each rate with its numerator of its denominator and its confidence interval.",
      SYMBOL_NOTE,
      "Neighbours pooled adds the counts of neighbours whose counts are both published.",
    ],
  };
  // The offer measure the returns hold: families when any family rate is published, else children.
  const m = rows.some((x) => x.measure === "family_offer_rate" && x.rate !== null)
    ? "family_offer_rate"
    : "child_offer_rate";
  const who = m === "family_offer_rate" ? "families" : "children";
  const offer = rows.filter((x) => x.measure === m && x.rate !== null);
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
    counts: countsText(x.numerator, x.denominator),
  }));
  const blocks: ReportBlock[] = [{ kind: "table", table }];
  const mine = offer.find((x) => x.group === "la");
  const all = offer.find((x) => x.group === "all_areas");
  if (data.length > 0) {
    const finding =
      mine && all
        ? `${name(f.la)}: ${formatPercent(mine.rate)} of ${who} offered ${m === "family_offer_rate" ? "an FGC" : "family group decision making"} (${countsText(mine.numerator, mine.denominator)}, ${pct}% CI ${formatPercent(mine.ci[0])} to ${formatPercent(mine.ci[1])}) against ${formatPercent(all.rate)} across all areas shown; ${overlapWords(mine.ci, all.rate)}.`
        : `Offer rates of ${name(f.la)}'s comparators; ${name(f.la)}'s own rate is not published.`;
    blocks.push({
      kind: "chart",
      chart: {
        id: "benchmark-offer",
        title: `${measureLabel(m)}, ${name(f.la)} and comparators, ${f.period}`,
        description: finding,
        spec: equityChartSpec(data, {
          title: "Offer rate with comparators",
          xTitle: measureLabel(m),
          reference: all ? (all.rate as number) : null,
          kinds: ["Focus authority", "All areas", "Neighbours pooled", "Neighbour"],
        }),
        table: {
          id: "benchmark-offer-data",
          caption: "Offer rates shown in the chart",
          columns: ["Area", "Offered of entering", "Rate", `${pct}% CI`],
          numeric: [false, true, true, true],
          rows: data.map((d) => [
            d.label,
            d.counts,
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

export function trendSection({ r, name, pct }: Ctx): ReportSection {
  const f = r.focus as NonNullable<AreaResult["focus"]>;
  const blocks: ReportBlock[] = [];
  for (const m of trendMeasures(f.trend)) {
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

/**
 * The offer and take-up measures the returns hold: the family measure when any period has a
 * published family rate, else the child measure (child-level returns carry no family counts).
 * @example trendMeasures(result.focus.trend) // ["family_offer_rate", "family_take_up"]
 */
export function trendMeasures(trend: NonNullable<AreaResult["focus"]>["trend"]): string[] {
  return offerAndTakeUp((m) => trend.some((t) => t.measure === m && t.rate !== null));
}

export function equitySection({ r, name, pct }: Ctx): ReportSection {
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
    const hidden = hiddenGroupsNote(rows);
    const finding =
      (shown.length === 0
        ? `No group's ${measureLabel(m).toLowerCase()} rate could be published for ${name(f.la)}.`
        : clear.length === 0
          ? `No group of children in ${name(f.la)} differs clearly from the authority's overall rate${overall?.rate != null ? ` of ${formatPercent(overall.rate)}` : ""} (every gap's ${pct}% CI includes zero).`
          : `Groups whose gap to ${name(f.la)}'s overall rate${overall?.rate != null ? ` of ${formatPercent(overall.rate)}` : ""} excludes zero: ${clear.map((e) => `${categoryLabels[e.category] ?? e.category} ${pointsText(e.gap)}`).join("; ")}.`) +
      (hidden ? ` ${hidden}.` : "");
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
          ...(hidden ? { note: `${hidden}.` } : {}),
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

/**
 * How many groups a chart leaves out and why, by GSS symbol, or "" when none is left out.
 * @example hiddenGroupsNote([{ rate: null, symbol: "c" }, { rate: 0.5, symbol: null }]) // "1 of 2 groups not shown: 1 suppressed (c)"
 */
export function hiddenGroupsNote(rows: readonly { rate: number | null; symbol: string | null }[]): string {
  const hidden = rows.filter((e) => e.rate === null);
  if (hidden.length === 0) return "";
  const why: [string, string][] = [
    ["c", "suppressed (c)"],
    ["z", "not applicable (z)"],
    [":", "not available (:)"],
  ];
  const parts = why
    .map(([symbol, words]) => [hidden.filter((e) => (e.symbol ?? ":") === symbol).length, words] as const)
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${formatCount(n)} ${words}`);
  return `${formatCount(hidden.length)} of ${formatCount(rows.length)} ${rows.length === 1 ? "group" : "groups"} not shown: ${parts.join(", ")}`;
}
