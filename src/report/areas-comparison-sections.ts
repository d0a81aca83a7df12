import { compareText } from "../util/compare-text.js";
import { areaMeasureOf, funnelFlagLabels, measureLabel } from "./area-labels.js";
import type { ReportBlock, ReportChart, ReportSection } from "./document.js";
import { caterpillarPlotSpec } from "./specs/caterpillar-plot.js";
import { funnelPlotSpec } from "./specs/funnel-plot.js";
import { formatPercent } from "./summarize.js";
import { formatCount } from "../util/format-count.js";
import { type Ctx, offerAndTakeUp } from "./areas-report-format.js";

export function funnelSection({ r, name, pct }: Ctx): ReportSection {
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
          .sort((a, b) => compareText(name(a.la), name(b.la)))
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

export function rankingSection({ r, name, pct }: Ctx): ReportSection {
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: `Ranks are shown only with their ${pct}% intervals (from each area's sampling uncertainty, Goldstein and Spiegelhalter 1996; ${rankMethodWords(r.plan.rankMethod, r.plan.rankSimulations, r.plan.seed)}): most areas could plausibly sit far higher or lower, so a league table would mislead.`,
    },
  ];
  const held = (m: string) => (r.ranks.find((x) => x.measure === m)?.rows.length ?? 0) >= 2;
  for (const m of offerAndTakeUp(held)) {
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
            .sort((a, b) => a.rank - b.rank || compareText(a.la, b.la))
            .map((x) => [name(x.la), formatPercent(x.rate), x.rank, `${x.lower} to ${x.upper}`]),
        },
      },
    });
  }
  return { id: "ranking", title: "Ranking, with its uncertainty", blocks };
}

/**
 * How the rank intervals were computed, in words, for the report.
 * @example rankMethodWords("simulation", 10000, 1) // "10,000 simulated draws, seed 1"
 */
export function rankMethodWords(method: "exact" | "simulation", draws: number, seed: number): string {
  return method === "exact"
    ? "each area's exact rank distribution by numerical integration, with no simulation, so the intervals carry no Monte Carlo error"
    : `${formatCount(draws)} simulated draws, seed ${seed}`;
}
