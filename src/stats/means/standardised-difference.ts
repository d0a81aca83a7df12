import { StatsError } from "../../util/errors.js";
import { assertEvents } from "../assert.js";
import type { Estimate } from "../estimate.js";
import { asMeanSummary, type MeanSummary } from "./mean-summary.js";

export const standardisedDifferenceMethod = "means.standardised_difference";

/** A binary variable in one arm: children with the characteristic and children with it recorded. */
export interface ProportionSummary {
  events: number;
  n: number;
}

export type BaselineGroup = ArrayLike<number> | MeanSummary | ProportionSummary;

/**
 * Standardised difference of a baseline variable between arms, exposed minus comparator, the
 * balance measure of baseline tables.
 *
 * Method: Austin (2009) [austin2009]. Continuous: d = (x̄₁ − x̄₀) / √((s₁² + s₀²)/2).
 * Binary: d = (p₁ − p₀) / √((p₁(1 − p₁) + p₀(1 − p₀))/2).
 * Choices: a group is either raw values or { mean, sd, n } (continuous) or { events, n }
 * (binary), and both groups must be of one kind. No interval: the measure describes the sample
 * (Austin 2009 argues against tests of baseline balance), so `ci` is [NaN, NaN] with a note.
 * If neither group varies the denominator is 0 and the estimate is NaN with a note.
 * Checked against: tests/stats/means/standardised-difference.test.ts (hand cases).
 * @example
 * ```ts
 * import { standardisedDifference } from "fgc-toolkit";
 * standardisedDifference({ events: 2, n: 4 }, { events: 1, n: 4 }).estimate; // => 0.5345
 * ```
 */
export function standardisedDifference(exposed: BaselineGroup, comparator: BaselineGroup): Estimate {
  const fn = "standardisedDifference";
  const binary1 = isProportion(exposed);
  const binary0 = isProportion(comparator);
  if (binary1 !== binary0) {
    throw new StatsError(
      fn,
      "comparator",
      binary0 ? "{ events, n }" : "values",
      "the same kind of group as exposed",
    );
  }
  let diff: number;
  let variance: number;
  let n: number;
  let kind: string;
  if (binary1 && binary0) {
    const a = exposed as ProportionSummary;
    const b = comparator as ProportionSummary;
    assertEvents(fn, a.events, a.n, ["exposed.events", "exposed.n"]);
    assertEvents(fn, b.events, b.n, ["comparator.events", "comparator.n"]);
    const p1 = a.events / a.n;
    const p0 = b.events / b.n;
    diff = p1 - p0;
    variance = (p1 * (1 - p1) + p0 * (1 - p0)) / 2;
    n = a.n + b.n;
    kind = "binary: (p₁ − p₀) / √((p₁(1 − p₁) + p₀(1 − p₀))/2)";
  } else {
    const a = asMeanSummary(fn, "exposed", exposed as ArrayLike<number> | MeanSummary);
    const b = asMeanSummary(fn, "comparator", comparator as ArrayLike<number> | MeanSummary);
    diff = a.mean - b.mean;
    variance = (a.sd * a.sd + b.sd * b.sd) / 2;
    n = a.n + b.n;
    kind = "continuous: (x̄₁ − x̄₀) / √((s₁² + s₀²)/2)";
  }
  const notes = [kind, "no interval: a description of balance in the sample, not an inference"];
  const ok = variance > 0;
  return {
    estimate: ok ? diff / Math.sqrt(variance) : Number.NaN,
    ci: [Number.NaN, Number.NaN],
    level: 0.95,
    method: standardisedDifferenceMethod,
    n,
    references: ["austin2009"],
    notes: ok
      ? notes
      : [
          Number.isNaN(variance)
            ? "not estimable: a group has fewer than 2 values, so its standard deviation is unknown"
            : "not estimable: neither group varies, so the pooled standard deviation is 0",
          ...notes,
        ],
  };
}

function isProportion(x: BaselineGroup): x is ProportionSummary {
  return typeof x === "object" && x !== null && "events" in x;
}
