// Input checks and label coding shared by the survival estimators: right-censored times with an
// event indicator, and optional labels (strata, arms, clusters) coded to 0..k−1.
import { StatsError } from "../../util/errors.js";

/** A stratum, arm or cluster label as it appears in the data. */
export type Label = string | number;

/** Right-censored survival data: follow-up time and 1 = event, 0 = censored at that time. */
export interface SurvivalData {
  /** follow-up time (days from the index date, or any unit), finite and ≥ 0 */
  time: ArrayLike<number>;
  /** 1 = event at `time`, 0 = censored at `time` */
  event: ArrayLike<number>;
}

/** Labels coded to 0..k−1 in sorted order (numbers numerically, strings as text). */
export interface CodedLabels {
  levels: Label[];
  code: Int32Array;
}

/** Throws a StatsError unless time and event are equally long, finite, time ≥ 0, event 0 or 1. */
export function checkSurvivalData(fn: string, data: SurvivalData): number {
  const { time, event } = data;
  const n = time.length;
  if (event.length !== n)
    throw new StatsError(fn, "event", `length ${event.length}`, `as long as time (${n})`);
  for (let i = 0; i < n; i++) {
    const t = time[i];
    if (!(Number.isFinite(t) && t >= 0))
      throw new StatsError(fn, `time[${i}]`, t, "a finite number of at least 0");
    const e = event[i];
    if (e !== 0 && e !== 1) throw new StatsError(fn, `event[${i}]`, e, "0 (censored) or 1 (event)");
  }
  return n;
}

/** Codes labels to 0..k−1 after checking their length; null/undefined/NaN labels are rejected. */
export function codeLabels(fn: string, name: string, labels: ArrayLike<Label>, n: number): CodedLabels {
  if (labels.length !== n)
    throw new StatsError(fn, name, `length ${labels.length}`, `as long as time (${n})`);
  const seen = new Map<Label, number>();
  for (let i = 0; i < n; i++) {
    const v = labels[i];
    const ok = typeof v === "string" || (typeof v === "number" && !Number.isNaN(v));
    if (!ok) throw new StatsError(fn, `${name}[${i}]`, v, "a string or number label");
    if (!seen.has(v)) seen.set(v, 0);
  }
  const levels = [...seen.keys()].sort(compareLabels);
  levels.forEach((v, k) => {
    seen.set(v, k);
  });
  const code = new Int32Array(n);
  for (let i = 0; i < n; i++) code[i] = seen.get(labels[i]) as number;
  return { levels, code };
}

function compareLabels(a: Label, b: Label): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
