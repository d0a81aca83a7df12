import { StatsError } from "../../util/errors.js";

export interface ClusterCodes {
  codes: Int32Array;
  count: number;
}

/**
 * Cluster identifiers (family ids) as dense integer codes 0..G−1, in order of first appearance.
 * @example encodeClusters(["F2", "F1", "F2"]) // { codes: Int32Array [0, 1, 0], count: 2 }
 */
export function encodeClusters(values: ArrayLike<string | number>): ClusterCodes {
  const codes = new Int32Array(values.length);
  const seen = new Map<string | number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v)))
      throw new StatsError("encodeClusters", `cluster[${i}]`, v, "an identifier (no missing values)");
    let c = seen.get(v);
    if (c === undefined) {
      c = seen.size;
      seen.set(v, c);
    }
    codes[i] = c;
  }
  return { codes, count: seen.size };
}
