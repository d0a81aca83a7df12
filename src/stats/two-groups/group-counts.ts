// The counts of one group of a 2×2 table: `events` of `n`. Group 1 is the exposed
// (intervention) arm and group 0 the comparator; differences are 1 − 0 and ratios 1 / 0.
// @example assertGroups("riskDifference", { events: 3, n: 10 }, { events: 1, n: 10 })
import { assertEvents } from "../assert.js";

/** One arm of a 2×2 table: children with the outcome (`events`) out of `n`. */
export interface GroupCounts {
  /** number of children with the outcome */
  events: number;
  /** number of children in the group */
  n: number;
}

/** Throws a StatsError naming the function and argument when either group is invalid or empty. */
export function assertGroups(fn: string, exposed: GroupCounts, comparator: GroupCounts): void {
  assertEvents(fn, exposed?.events, exposed?.n, ["exposed.events", "exposed.n"]);
  assertEvents(fn, comparator?.events, comparator?.n, ["comparator.events", "comparator.n"]);
}
