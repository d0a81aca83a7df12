import { chiSquareSf } from "../distributions/chi-square.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";

export interface PearsonChiSquareTest {
  method: "two_by_two.chi_square";
  statistic: number;
  p: number;
  statisticYates: number;
  pYates: number;
  df: 1;
  n: number;
  references: string[];
  notes: string[];
}

/**
 * Pearson's chi-square test of independence in a 2×2 table, with and without Yates's continuity
 * correction, on 1 degree of freedom.
 *
 * Method: Pearson (1900) [pearson1900]; Yates (1934) [yates1934].
 * Choices: as R's chisq.test: expected counts from the margins, E = row total × column total / N;
 * the Yates correction subtracts min(½, |O − E|) from every |O − E| (so it never overshoots);
 * a table with an empty margin (no events, or events in everyone) has no statistic: NaN and a note.
 * Checked against: two_by_two.chi_square in ../shared/reference.
 * @example
 * ```ts
 * import { pearsonChiSquare } from "fgc-toolkit";
 * const x2 = pearsonChiSquare({ events: 30, n: 100 }, { events: 45, n: 100 });
 * x2.statistic; // => 4.8
 * x2.p; // => 0.02846
 * ```
 */
export function pearsonChiSquare(exposed: GroupCounts, comparator: GroupCounts): PearsonChiSquareTest {
  assertGroups("pearsonChiSquare", exposed, comparator);
  const observed = [
    exposed.events,
    exposed.n - exposed.events,
    comparator.events,
    comparator.n - comparator.events,
  ];
  const N = exposed.n + comparator.n;
  const events = exposed.events + comparator.events;
  const rows = [exposed.n, exposed.n, comparator.n, comparator.n];
  const cols = [events, N - events, events, N - events];
  const expected = observed.map((_, i) => (rows[i] * cols[i]) / N);
  const notes: string[] = [];
  if (events === 0 || events === N)
    notes.push("not estimable: an empty margin (no events, or events in everyone)");
  const yates = Math.min(0.5, Math.abs(observed[0] - expected[0]));
  let statistic = 0;
  let statisticYates = 0;
  for (let i = 0; i < 4; i++) {
    const dev = Math.abs(observed[i] - expected[i]);
    statistic += (dev * dev) / expected[i];
    statisticYates += (dev - yates) ** 2 / expected[i];
  }
  if (notes.length > 0) {
    statistic = Number.NaN;
    statisticYates = Number.NaN;
  }
  return {
    method: "two_by_two.chi_square",
    statistic,
    p: chiSquareSf(statistic, 1),
    statisticYates,
    pYates: chiSquareSf(statisticYates, 1),
    df: 1,
    n: N,
    references: ["pearson1900", "yates1934"],
    notes,
  };
}
