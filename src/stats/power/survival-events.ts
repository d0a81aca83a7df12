import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { normalCdf, normalQuantile } from "../distributions/normal.js";
import type { MethodId } from "../estimate.js";

export interface SurvivalEventsDesign {
  /** hazard ratio to detect, intervention over comparator (e.g. 0.75 for time to care) */
  hazardRatio: number;
  /** power wanted, e.g. 0.8 */
  power: number;
  /** confidence level of the two-sided test; significance is 1 − level; default 0.95 */
  level?: number;
  /** allocation ratio n₁/n₀, intervention to comparator; default 1 */
  allocationRatio?: number;
}

/** Schoenfeld's number of events (both arms, not rounded) a log-rank test needs for a hazard ratio. */
export interface SurvivalEvents {
  /** total events (both arms) needed, not rounded */
  events: number;
  hazardRatio: number;
  power: number;
  level: number;
  allocationRatio: number;
  method: MethodId;
  references: string[];
  notes: string[];
}

/**
 * Number of events a two-sided log-rank test (or Cox model) needs to detect a hazard ratio.
 *
 * Method: Schoenfeld (1983) [schoenfeld1983]:
 *   events = (z_{1−α/2} + z_{power})² / (p(1 − p)·(ln HR)²),  p = r/(1 + r) the share allocated
 *   to the intervention arm, r = n₁/n₀.
 * Choices: events are not rounded up; turning events into children needs the probability of an
 * event over follow-up, which is the caller's (events / P(event)); clustering multiplies by a
 * design effect as for the other outcomes.
 * Checked against: power.survival_events in ../shared/reference/next.
 * @example
 * ```ts
 * import { survivalEvents } from "fgc-toolkit";
 * survivalEvents({ hazardRatio: 0.79, power: 0.9 }).events; // => 756.4
 * ```
 */
export function survivalEvents(design: SurvivalEventsDesign): SurvivalEvents {
  const fn = "survivalEvents";
  const level = design.level ?? 0.95;
  assertLevel(fn, level);
  const { hazardRatio, power } = design;
  const allocationRatio = design.allocationRatio ?? 1;
  if (!(hazardRatio > 0 && Number.isFinite(hazardRatio))) {
    throw new StatsError(fn, "hazardRatio", hazardRatio, "a positive number, e.g. 0.75");
  }
  if (!(power > 0 && power < 1)) throw new StatsError(fn, "power", power, "a number in (0, 1), e.g. 0.8");
  if (!(allocationRatio > 0 && Number.isFinite(allocationRatio))) {
    throw new StatsError(fn, "allocationRatio", allocationRatio, "a positive ratio n₁/n₀, e.g. 1");
  }
  const p = allocationRatio / (1 + allocationRatio);
  const z = normalQuantile(1 - (1 - level) / 2) + normalQuantile(power);
  const logHr = Math.log(hazardRatio);
  const notes = ["two-sided test; total events over both arms, not rounded"];
  let events = (z * z) / (p * (1 - p) * logHr * logHr);
  if (logHr === 0) {
    events = Number.NaN;
    notes.push("not estimable: a hazard ratio of 1 cannot be detected");
  }
  return {
    events,
    hazardRatio,
    power,
    level,
    allocationRatio,
    method: "power.survival_events",
    references: ["schoenfeld1983"],
    notes,
  };
}

/**
 * Power of a two-sided log-rank test (or Cox model) with `events` events in total: the inverse of
 * survivalEvents.
 *
 * Method: Schoenfeld (1983) [schoenfeld1983]: power = Φ(√(events·p(1 − p))·|ln HR| − z_{1−α/2}),
 * p = r/(1 + r).
 * Choices: the far rejection tail is ignored, as in survivalEvents, so that
 * survivalEventsPower(d, survivalEvents(d).events) = d.power.
 * Checked against: survivalEvents (its inverse) in tests/stats/power/survival-events.test.ts.
 * @example
 * ```ts
 * import { survivalEventsPower } from "fgc-toolkit";
 * survivalEventsPower({ hazardRatio: 0.79 }, 756.41); // => 0.9
 * ```
 */
export function survivalEventsPower(design: Omit<SurvivalEventsDesign, "power">, events: number): number {
  const fn = "survivalEventsPower";
  const level = design.level ?? 0.95;
  assertLevel(fn, level);
  const allocationRatio = design.allocationRatio ?? 1;
  if (!(design.hazardRatio > 0 && Number.isFinite(design.hazardRatio))) {
    throw new StatsError(fn, "hazardRatio", design.hazardRatio, "a positive number, e.g. 0.75");
  }
  if (!(allocationRatio > 0 && Number.isFinite(allocationRatio))) {
    throw new StatsError(fn, "allocationRatio", allocationRatio, "a positive ratio n₁/n₀, e.g. 1");
  }
  if (!(events >= 0 && Number.isFinite(events)))
    throw new StatsError(fn, "events", events, "a number of at least 0");
  const p = allocationRatio / (1 + allocationRatio);
  const signal = Math.sqrt(events * p * (1 - p)) * Math.abs(Math.log(design.hazardRatio));
  return normalCdf(signal - normalQuantile(1 - (1 - level) / 2));
}
