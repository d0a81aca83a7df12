// A forest plot's value axis, shared by its Vega-Lite spec (forest-plot.ts) and its static figure
// (figures/forest-figure.ts) so that both draw the same axis: the rows that have an estimate and
// both limits, the no-effect value, the domain (the intervals and a margin, within ±100 points
// for differences and 1/100 to 100 for ratios) and the tick values (axis-ticks.ts).
import { linearTicks, logTicks } from "./axis-ticks.js";

/** Plot width in pixels of a forest plot; notes start just right of it. */
export const FOREST_WIDTH = 420;

/** The widest axis of each scale: ±100 percentage points; ratios 1/100 to 100. */
export const FOREST_LIMITS = { difference: [-100, 100], ratio: [0.01, 100] } as const;

/** A row as forestAxis reads it: an estimate and its limits, any of them missing (null). */
export interface ForestAxisRow {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/** What forestAxis gives: the rows drawn, the line of no effect, the axis's domain and ticks. */
export interface ForestAxis<R extends ForestAxisRow> {
  /** The rows with an estimate and both limits, in order. */
  shown: R[];
  /** 0 for differences, 1 for ratios. */
  nullValue: number;
  domain: [number, number];
  ticks: number[];
}

/**
 * The axis of a forest plot of `rows`: the intervals and the no-effect value plus 8% of their
 * span each side (ratios: × 1.15), capped at FOREST_LIMITS, with ticks that never collide.
 * @example forestAxis([{ estimate: -12, lower: -16, upper: -8 }], "difference").domain // [-17.28, 1.28]
 */
export function forestAxis<R extends ForestAxisRow>(rows: R[], scale: "ratio" | "difference"): ForestAxis<R> {
  const shown = rows.filter((r) => r.estimate !== null && r.lower !== null && r.upper !== null);
  const nullValue = scale === "ratio" ? 1 : 0;
  const [min, max] = FOREST_LIMITS[scale];
  const lo = Math.max(min, Math.min(nullValue, ...shown.map((r) => r.lower as number)));
  const hi = Math.min(max, Math.max(nullValue, ...shown.map((r) => r.upper as number)));
  const domain: [number, number] =
    scale === "ratio"
      ? [Math.max(min, lo / 1.15), Math.min(max, hi * 1.15)]
      : [Math.max(min, lo - (hi - lo) * 0.08), Math.min(max, hi + (hi - lo) * 0.08)];
  const ticks = scale === "ratio" ? logTicks(domain, FOREST_WIDTH) : linearTicks(domain, FOREST_WIDTH);
  return { shown, nullValue, domain, ticks };
}
