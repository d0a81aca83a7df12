// The sorted layout a Cox fit works on: rows ordered by stratum, then by decreasing time, so that
// one pass accumulates each risk set {i: tᵢ ≥ t} as running sums; rows with equal time form a tie
// group. Covariates are centred on their means (the fit is invariant to it; exp(x'β) stays small).
import type { Label } from "./survival-data.js";

export interface CoxRiskSets {
  n: number;
  p: number;
  /** covariates in sorted order, row-major n × p, centred */
  x: Float64Array;
  /** the column means subtracted from x */
  centre: Float64Array;
  event: Uint8Array;
  /** sorted position → original row */
  order: Int32Array;
  /** tie groups: rows groupStart[g] .. groupStart[g + 1] − 1 share one time and stratum */
  groupStart: Int32Array;
  /** number of events in each tie group */
  groupEvents: Int32Array;
  /** strata: groups stratumGroups[s] .. stratumGroups[s + 1] − 1 belong to stratum s */
  stratumGroups: Int32Array;
}

/** Sorts once (O(n log n)); every later pass is linear in n. */
export function coxRiskSets(
  time: ArrayLike<number>,
  event: ArrayLike<number>,
  columns: ArrayLike<number>[],
  stratum: Int32Array,
): CoxRiskSets {
  const n = time.length;
  const p = columns.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => stratum[a] - stratum[b] || time[b] - time[a],
  );
  const order = Int32Array.from(idx);
  const centre = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += columns[j][i];
    centre[j] = n > 0 ? s / n : 0;
  }
  const x = new Float64Array(n * p);
  const ev = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const i = order[r];
    ev[r] = event[i];
    for (let j = 0; j < p; j++) x[r * p + j] = columns[j][i] - centre[j];
  }
  const starts: number[] = [];
  const events: number[] = [];
  const strataGroups: number[] = [];
  for (let r = 0; r < n; r++) {
    const i = order[r];
    const newStratum = r === 0 || stratum[i] !== stratum[order[r - 1]];
    if (newStratum) strataGroups.push(starts.length);
    if (newStratum || time[i] !== time[order[r - 1]]) {
      starts.push(r);
      events.push(0);
    }
    events[events.length - 1] += ev[r];
  }
  starts.push(n);
  strataGroups.push(events.length);
  return {
    n,
    p,
    x,
    centre,
    event: ev,
    order,
    groupStart: Int32Array.from(starts),
    groupEvents: Int32Array.from(events),
    stratumGroups: Int32Array.from(strataGroups),
  };
}

/** Codes for "no strata": every row in stratum 0. */
export function singleStratum(n: number): { levels: Label[]; code: Int32Array } {
  return { levels: [0], code: new Int32Array(n) };
}
