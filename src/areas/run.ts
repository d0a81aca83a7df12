// The area-comparison pipeline, in order:
//  1. checks across all returns: duplicates, numerators above denominators, overlapping periods (check-return.ts)
//  2. the disclosure problem: published counts, breakdown totals, stage order (disclosure-problem.ts)
//  3. suppression: primary 1..threshold, then complementary until secure (disclosure.ts)
//  4. the published counts; every later step reads only these (published-counts.ts)
//  5. rates with Wilson intervals for every area and, for equity measures, every group (area-rate.ts);
//     the pooled rate of all published areas (pooled-rate.ts)
//  6. funnel plots per measure in the latest period, with overdispersion (funnel.ts)
//  7. rank intervals per measure in the latest period (exact-rank-intervals.ts; rank-intervals.ts by simulation)
//  8. the focus authority: benchmark with all areas and neighbours (benchmark.ts), trend (trends.ts), equity (equity.ts)
// The result is a plain object (result.ts); the same inputs and plan give the same bytes.
import { compareText } from "../util/compare-text.js";
import { retiredAuthorities } from "../schema/codes/la-codes.js";
import { DataError, type Issue } from "../schema/issue.js";
import { UsageError } from "../util/errors.js";
import { createRng } from "../util/rng.js";
import { type AreaRate, areaRate } from "./area-rate.js";
import { benchmarkLa } from "./benchmark.js";
import { checkReturnCells } from "./check-return.js";
import { buildDisclosureProblem, ALL_AREAS } from "./build-disclosure-problem.js";
import { suppressCounts } from "../disclosure/suppress-counts.js";
import { equityGaps } from "./equity.js";
import { funnelPlot } from "./funnel.js";
import { resolveLa } from "./la-lookup.js";
import { areaMeasures } from "./measures.js";
import { parsePeriod } from "./period.js";
import type { AreaPlan } from "./plan.js";
import { pooledRate } from "./pooled-rate.js";
import { publishCounts } from "./published-counts.js";
import { exactRankIntervals } from "./exact-rank-intervals.js";
import { rankIntervals } from "./rank-intervals.js";
import type { NeighbourList } from "./read-neighbours.js";
import { AREA_RESULTS_VERSION, type AreaResult } from "./result.js";
import type { ReturnCell } from "./return-cell.js";
import { laTrend } from "./trends.js";
import { unprotectedCellIssues } from "./unprotected-cell-issues.js";

/**
 * The area-comparison pipeline's input: the cells of one or more `la-return` files (readReturn), the issues found reading them, the input files with their hashes, and the statistical neighbours when the focus authority is benchmarked against them.
 */
export interface AreaInput {
  cells: ReturnCell[];
  /** Issues found while reading (warnings are counted; errors stop the run). */
  issues: Issue[];
  inputs: { file: string; sha256: string; rows: number }[];
  neighbours?: NeighbourList;
  toolVersion: string;
  /** The issues of checkReturnCells(cells) when the caller has already run it (the CLI prints them). */
  crossChecks?: Issue[];
}

/**
 * Compares local authorities on their FGC returns after disclosure control: rates with Wilson
 * intervals, funnel plots with optional overdispersion, rank intervals and, for a focus authority,
 * benchmarks against all areas and its neighbours, its trend and its equity gaps.
 *
 * Method: the steps listed at the top of areas/run.ts: suppression as the DfE publishes (threshold
 * and complements; suppressCounts), Wilson (1927) intervals, funnel limits after Spiegelhalter
 * (2005), exact rank intervals. Defaults: defaultAreaPlan(). Errors among the input issues throw a
 * DataError; the same inputs and plan give the same result.
 * @example
 * ```ts
 * import { readRawFile } from "fgc-toolkit/node";
 * import { defaultAreaPlan, readReturn, runAreas } from "fgc-toolkit";
 * const { cells, issues } = readReturn(await readRawFile("data-samples/areas/return-2023-24.csv"));
 * const result = runAreas({ cells, issues, inputs: [], toolVersion: "1.0.0" }, defaultAreaPlan());
 * result.funnels.map((f) => f.measure); // => ["family_offer_rate", "family_conference_rate", "family_take_up", "child_offer_rate", "child_take_up", "entered_care_12m", "looked_after_12m", "proceedings_12m"]
 * result.funnels[0].points.length; // => 129
 * ```
 */
export function runAreas(input: AreaInput, plan: AreaPlan): AreaResult {
  // 1
  const issues = [...input.issues, ...(input.crossChecks ?? checkReturnCells(input.cells))];
  if (issues.some((i) => i.severity === "error"))
    throw new DataError(issues.filter((i) => i.severity === "error"));
  if (input.cells.length === 0) throw new DataError([], "no cells to compare: every return is empty");
  const focus = plan.la === null ? null : resolveLa(plan.la);
  if (plan.la !== null && !focus)
    throw new UsageError(
      `plan.la: ${JSON.stringify(plan.la)} is not a current or retired authority's DfE or GSS code`,
    );
  const periods = [...new Set(input.cells.map((c) => c.period))].sort(
    (a, b) => (parsePeriod(a)?.start ?? 0) - (parsePeriod(b)?.start ?? 0) || compareText(a, b),
  );
  // 2–3
  const problem = buildDisclosureProblem(input.cells);
  const suppression = suppressCounts(problem, plan);
  if (suppression.unprotected.length > 0)
    throw new DataError(unprotectedCellIssues(suppression.unprotected, input.cells, plan));
  // 4
  const published = publishCounts(input.cells, problem.values, suppression.hidden, periods);
  // 5
  const rates: AreaRate[] = [];
  const groups = new Map<string, Set<string>>();
  for (const c of input.cells) {
    if (c.breakdown === "all") continue;
    const set = groups.get(c.la) ?? new Set<string>();
    set.add(`${c.breakdown}|${c.category}`);
    groups.set(c.la, set);
  }
  for (const la of published.las)
    for (const period of periods)
      for (const m of areaMeasures) {
        const r = areaRate(published, la, period, m, plan.level);
        if (r.numerator === ":" && r.denominator === ":") continue;
        rates.push(r);
        if (!m.equity) continue;
        for (const g of [...(groups.get(la) ?? [])].sort()) {
          const [breakdown, category] = g.split("|");
          const rg = areaRate(published, la, period, m, plan.level, breakdown, category);
          if (!(rg.numerator === ":" && rg.denominator === ":")) rates.push(rg);
        }
      }
  const byPeriodMeasure = new Map<string, AreaRate[]>();
  for (const r of rates) {
    if (r.breakdown !== "all") continue;
    const key = `${r.period}|${r.measure}`;
    const list = byPeriodMeasure.get(key);
    if (list) list.push(r);
    else byPeriodMeasure.set(key, [r]);
  }
  for (const period of periods)
    for (const m of areaMeasures) {
      const { areas: _areas, ...pooled } = pooledRate(
        byPeriodMeasure.get(`${period}|${m.id}`) ?? [],
        period,
        m,
        plan.level,
      );
      rates.push(pooled);
      byPeriodMeasure.get(`${period}|${m.id}`)?.push(pooled);
    }
  // 6
  const latest = periods[periods.length - 1];
  const funnels = areaMeasures.map((m) =>
    funnelPlot(latest, m, byPeriodMeasure.get(`${latest}|${m.id}`) ?? [], plan),
  );
  // 7
  const rng = createRng(plan.seed);
  const ranks = areaMeasures.map((m) => {
    const shown = (byPeriodMeasure.get(`${latest}|${m.id}`) ?? []).filter(
      (r) => r.la !== ALL_AREAS && r.rate !== null,
    );
    const input = shown.map((r) => ({ la: r.la, events: r.numerator as number, n: r.denominator as number }));
    const exact = plan.rankMethod === "exact";
    const rows =
      shown.length < 2
        ? []
        : exact
          ? exactRankIntervals(input, plan.level)
          : rankIntervals(input, plan.rankSimulations, rng, plan.level);
    return {
      period: latest,
      measure: m.id,
      rows,
      areas: shown.length,
      method: plan.rankMethod,
      draws: exact ? null : plan.rankSimulations,
    };
  });
  // 8
  let focusResult: AreaResult["focus"] = null;
  if (focus) {
    const neighbours = input.neighbours?.get(focus.dfe) ?? [];
    focusResult = {
      la: focus.dfe,
      period: latest,
      neighbours,
      benchmark: benchmarkLa(rates, focus.dfe, neighbours, latest, plan),
      trend: laTrend(rates, focus.dfe, periods),
      equity: equityGaps(rates, focus.dfe, latest, plan),
    };
  }
  const notes: string[] = [];
  const denominatorOf = new Map(areaMeasures.map((m) => [m.id, m.denominator]));
  if (rates.some((r) => r.la !== ALL_AREAS && r.denominatorMeasure !== denominatorOf.get(r.measure)))
    notes.push(
      "some returns have no children_followed_12m: 12-month outcomes use children entering pre-proceedings as denominator there",
    );
  if (focus && !input.cells.some((c) => c.la === focus.dfe))
    notes.push(`${focus.name} (${focus.dfe}) is in no return`);
  if (focus)
    for (const old of retiredAuthorities.filter((a) => a.successors.includes(focus.dfe))) {
      const seen = [...new Set(input.cells.filter((c) => c.la === old.dfe).map((c) => c.period))].sort();
      if (seen.length > 0)
        notes.push(
          `${old.name} (${old.dfe}) reported ${seen.join(", ")} before its children's services passed to ${old.successors.join(" and ")} on ${old.from}; its figures are shown as a separate area, since they cannot be split between the successors`,
        );
    }
  if (focus && !input.neighbours)
    notes.push("no statistical neighbour list given; the benchmark shows all areas only");
  const warnings = new Map<string, number>();
  for (const i of issues) warnings.set(i.rule, (warnings.get(i.rule) ?? 0) + 1);
  const areas = published.las.map((la) => {
    const r = resolveLa(la);
    return {
      la,
      gss: r?.gss ?? "",
      name: r?.name ?? la,
      status: r?.status ?? "current",
      successors: r?.successors ?? [],
    };
  });
  return {
    version: AREA_RESULTS_VERSION,
    tool: { name: "fgc-toolkit", version: input.toolVersion },
    plan,
    inputs: [...input.inputs].sort((a, b) => compareText(a.file, b.file)),
    accounting: {
      rows: input.inputs.reduce((s, i) => s + i.rows, 0),
      cells: input.cells.length,
      warnings: [...warnings].sort().map(([rule, count]) => ({ rule, count })),
    },
    areas,
    periods,
    disclosure: {
      threshold: plan.threshold,
      protection: suppression.protection,
      primary: suppression.primary,
      secondary: suppression.secondary,
      notes: suppression.notes,
    },
    rates,
    funnels,
    ranks,
    focus: focusResult,
    references: [
      "wilson1927",
      "spiegelhalter2005",
      "spiegelhalter2005b",
      "goldstein1996",
      "miettinen1985",
      "fischetti1999",
    ],
    notes,
  };
}
